import { describe, expect, it } from '@jest/globals';
import { inLanguage } from '@kpi/platform';
import { employmentStatusLabel, roleLabel } from '../src/labels.js';
import { moment, named, plain, said } from '../src/messages.js';

describe('what personnel writes inside its sentences', () => {
  it('writes a moment as a clock in Vietnam reads it, and as ISO 8601 in English', () => {
    const at = new Date('2026-12-04T20:05:00.000Z');
    expect(inLanguage('vi', () => moment(at))).toBe('03:05 05/12/2026');
    expect(inLanguage('en', () => moment(at))).toBe('2026-12-04T20:05:00.000Z');
  });

  it('names a code by its Vietnamese label with the code beside it, and by the code alone in English', () => {
    expect(inLanguage('vi', () => named('RETIRED', employmentStatusLabel))).toBe('Nghỉ hưu (RETIRED)');
    expect(inLanguage('en', () => named('RETIRED', employmentStatusLabel))).toBe('RETIRED');
    expect(inLanguage('vi', () => said.notGrantable({ role: named('UNIT_HEAD', roleLabel) }))).toBe(
      'Vai trò Thủ trưởng đơn vị (UNIT_HEAD) không cấp riêng được: vai trò này xác định theo vị trí công tác của mỗi người.',
    );
  });

  it('groups a count in Vietnamese and leaves English as it always was', () => {
    expect(inLanguage('vi', () => said.requestsPerWindow({ max: plain(100_000) }))).toBe(
      'Số yêu cầu mỗi khung thời gian (requestsPerWindow) là số nguyên từ 1 đến 100.000.',
    );
    expect(inLanguage('en', () => said.requestsPerWindow({ max: plain(100_000) }))).toBe(
      'requestsPerWindow is a whole number from 1 to 100000.',
    );
  });
});
