import type { TFunction } from 'i18next';
import { problemText } from '../problem';
import { addTexts } from '../texts';

// Codes the admin screens meet that Today does not; BAD_USER_INPUT stays Today's (see below).
addTexts('errors', {
  vi: {
    FORBIDDEN: 'Bạn không có quyền thực hiện việc này cho cơ quan này.',
    ALREADY_DECIDED: 'Việc này đã được quyết định (đã xác nhận hoặc đã duyệt): không thể sửa nữa.',
    OUT_OF_RANGE: 'Giá trị vượt giới hạn cho phép.',
    OVERLAPPING_VERSION: 'Phiên bản mới phải có hiệu lực sau ngày hiệu lực của phiên bản gần nhất.',
    WORK_ITEM_RETIRED: 'Đầu công việc này đã ngừng sử dụng.',
    INVALID_WEIGHTS: 'Trọng số của 7 nhóm chỉ số phải là số nguyên, trong giới hạn của tỉnh, và cộng lại bằng 100.',
    INVALID_REFERENCE: 'Tham chiếu không tồn tại (lĩnh vực, cơ quan hoặc đầu công việc).',
    DUPLICATE_CODE: 'Mã này đã được dùng.',
  },
  en: {
    FORBIDDEN: 'You may not do this for this agency.',
    ALREADY_DECIDED: 'This has been decided (confirmed or approved): it can no longer change.',
    OUT_OF_RANGE: 'A value is outside the allowed limits.',
    OVERLAPPING_VERSION: 'A new version must start after the latest version started.',
    WORK_ITEM_RETIRED: 'This work item is retired.',
    INVALID_WEIGHTS: 'The 7 indicator weights must be whole numbers within the province’s limits, summing to 100.',
    INVALID_REFERENCE: 'Something referred to does not exist (sector, agency or work item).',
    DUPLICATE_CODE: 'This code is already used.',
  },
});

type Extensions = { code?: string; field?: string; [key: string]: unknown };

/**
 * A failed request's message on an admin screen. BAD_USER_INPUT means different things on each
 * form, so the screen says which field was wrong (`<screen>.problems.<field>`, given the error's
 * details to interpolate); every other code reads as everywhere (`errors.<CODE>`).
 */
export function adminProblem(t: TFunction, failure: unknown, screen: string): string {
  const extensions = (failure as { errors?: { extensions?: Extensions }[] })?.errors?.[0]?.extensions;
  if (extensions?.code === 'BAD_USER_INPUT' && extensions.field) {
    // A count of what is missing (e.g. people without their criteria) is its own message.
    const suffix = typeof extensions.missing === 'number' ? 'Missing' : '';
    const key = `${screen}.problems.${extensions.field}${suffix}`;
    const message = (failure as Error).message;
    return t(key, { ...extensions, defaultValue: message });
  }
  if (extensions?.code === 'OUT_OF_RANGE' && extensions.field) {
    const key = `${screen}.problems.${extensions.field}Range`;
    return t(key, { ...extensions, defaultValue: problemText(t, failure) });
  }
  return problemText(t, failure);
}
