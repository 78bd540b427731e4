import { describe, expect, it } from '@jest/globals';
import { defineEnumLabels, defineMessages, enumLabel, inLanguage, negotiateLanguage, placeholders, say } from '../src/i18n/index.js';

describe('the language of a request', () => {
  it('is chosen by Accept-Language among Vietnamese and English, Vietnamese when it names neither', () => {
    expect(negotiateLanguage(undefined)).toBe('vi');
    expect(negotiateLanguage('')).toBe('vi');
    expect(negotiateLanguage('en')).toBe('en');
    expect(negotiateLanguage('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(negotiateLanguage('fr-FR,fr;q=0.9,en;q=0.5')).toBe('en');
    expect(negotiateLanguage('en;q=0.4,vi;q=0.8')).toBe('vi');
    expect(negotiateLanguage('fr, de')).toBe('vi');
    expect(negotiateLanguage('*')).toBe('vi');
    expect(negotiateLanguage('en;q=0, vi;q=0')).toBe('vi');
  });
});

describe('the catalogue', () => {
  const test = defineMessages('i18n-test', {
    hello: { vi: 'Xin chào {{name}}, còn {{days}} ngày.', en: 'Hello {{name}}, {{days}} days left.' },
  });
  enum Colour {
    RED = 'RED',
    BLUE = 'BLUE',
  }
  const colour = defineEnumLabels('I18nTestColour', Colour, { RED: { vi: 'Đỏ', en: 'Red' }, BLUE: { vi: 'Xanh', en: 'Blue' } });

  it('says a message in the language of the work under way, with its values', () => {
    expect(inLanguage('vi', () => test.hello({ name: 'An', days: 3 }))).toBe('Xin chào An, còn 3 ngày.');
    // Outside any request, the suites speak English (platform/src/testkit/jest-setup.ts).
    expect(test.hello({ name: 'An', days: 3 })).toBe('Hello An, 3 days left.');
    expect(inLanguage('en', () => test.hello({ name: 'An', days: 3 }))).toBe('Hello An, 3 days left.');
    // Values are text, not HTML: nothing is escaped.
    expect(inLanguage('en', () => test.hello({ name: '<b>"A&B"</b>', days: 1 }))).toBe('Hello <b>"A&B"</b>, 1 days left.');
    expect(say('i18n-test:hello', { name: 'B', days: 2 }, 'en')).toBe('Hello B, 2 days left.');
  });

  it('keeps the language through asynchronous work', async () => {
    const later = () => new Promise<string>((resolve) => setTimeout(() => resolve(test.hello({ name: 'C', days: 0 })), 5));
    const [en, vi] = await Promise.all([inLanguage('en', later), inLanguage('vi', later)]);
    expect(en).toBe('Hello C, 0 days left.');
    expect(vi).toBe('Xin chào C, còn 0 ngày.');
  });

  it('labels every value of an enum in both languages', () => {
    expect(inLanguage('vi', () => colour(Colour.RED))).toBe('Đỏ');
    expect(inLanguage('en', () => colour(Colour.BLUE))).toBe('Blue');
    expect(enumLabel('I18nTestColour', 'BLUE', 'vi')).toBe('Xanh');
  });

  it('names the values a text fills in', () => {
    expect(placeholders('{{b}} then {{a}}, {{ c }}')).toEqual(['a', 'b', 'c']);
  });
});

describe('values in a message', () => {
  it('are written as the language writes numbers and days', async () => {
    const { formatNumber, formatDay } = await import('../src/i18n/index.js');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(inLanguage('en', () => formatNumber(7000))).toBe('7,000');
    expect(formatDay('2026-12-04', 'vi')).toBe('04/12/2026');
    expect(formatDay('2026-12-04', 'en')).toBe('2026-12-04');
  });
});
