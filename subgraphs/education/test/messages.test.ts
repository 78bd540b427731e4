import { describe, expect, it } from '@jest/globals';
import { catalogueEntries, enumLabel, forbidden, inLanguage, placeholders, say } from '@kpi/platform';
import { DutyBasis, SchoolLevel, SchoolRegime, TaughtPeriodOutcome, TeachingRole } from '../src/entities/enums.js';
import { ErrorCode } from '../src/errors.js';
import { limit, said } from '../src/messages.js';

/** Education's texts in both languages (the graph-wide catalogue test holds the whole graph to the same). */
describe('education’s messages', () => {
  it('says each message in Vietnamese and English, filling in the same values', () => {
    const own = catalogueEntries().filter((e) => e.namespace === 'education');
    expect(own.length).toBe(Object.keys(said).length);
    for (const { text } of own) {
      expect(text.vi.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(placeholders(text.vi)).toEqual(placeholders(text.en));
    }
  });

  it('renders in the language of the work being done, writing limits as the language does', () => {
    expect(inLanguage('vi', () => said.periodsPerBatch({ max: limit(1000) }))).toBe('Mỗi lần gửi từ 1 đến 1.000 tiết.');
    expect(inLanguage('en', () => said.periodsPerBatch({ max: limit(1000) }))).toBe('Send 1 to 1000 periods at a time.');
    // What a refusal is about, inside the platform's sentence.
    expect(inLanguage('vi', () => forbidden(said.clientsDeliverOnly({ field: 'dutyKinds' })).message)).toBe(
      'Đồng chí không có quyền truy cập dutyKinds: hệ thống tích hợp chỉ được gửi các tiết đã dạy (recordTaughtPeriods).',
    );
    expect(inLanguage('en', () => forbidden(said.thisPersonsLoad()).message)).toBe(
      'You are not allowed to access this person’s teaching load.',
    );
    expect(inLanguage('vi', () => said.noTermYet({ code: '2019-2020/HK9' }))).toBe(
      'Không có học kỳ 2019-2020/HK9; chưa thiết lập học kỳ nào.',
    );
  });

  it('labels every value of its enums and every code of its own in both languages', () => {
    const enums = { SchoolLevel, SchoolRegime, TeachingRole, DutyBasis, TaughtPeriodOutcome };
    for (const [name, values] of Object.entries(enums))
      for (const value of Object.values(values)) {
        const vi = enumLabel(name, value, 'vi');
        const en = enumLabel(name, value, 'en');
        expect([name, value, vi === value || en === value || vi === en]).toEqual([name, value, false]);
      }
    expect(enumLabel('SchoolLevel', 'UPPER_SECONDARY', 'vi')).toBe('Trung học phổ thông');
    expect(enumLabel('TeachingRole', 'DEPUTY_PRINCIPAL', 'vi')).toBe('Phó hiệu trưởng');
    for (const code of [ErrorCode.NOT_ON_ROSTER, ErrorCode.SLOT_TAKEN, ErrorCode.OUTSIDE_TERM, ErrorCode.FUTURE_DATE]) {
      expect(say(`code:${code}`, undefined, 'vi')).not.toBe(code);
      expect(say(`code:${code}`, undefined, 'en')).not.toBe(code);
    }
  });
});
