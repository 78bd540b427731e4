/**
 * Vietnamese public holidays as they fall for civil servants (Monday–Friday workers), 2025–2027:
 * the weekdays off (HOLIDAY) and the weekend days worked in exchange (WORKING_SWAP). Sources:
 * Labour Code 2019 art. 112 (New Year, Tết, Hung Kings, 30/4, 1/5, 2/9 + an adjacent day) and
 * the Ministry of Home Affairs' yearly notices. Dates of 2027 are not announced yet: they follow
 * the usual pattern and are marked "dự kiến"; admins correct the calendar with
 * `setCalendarDay` when the notice is published.
 */
export const HOLIDAYS: [day: string, kind: 'HOLIDAY' | 'WORKING_SWAP', name: string][] = [
  ['2025-01-01', 'HOLIDAY', 'Tết Dương lịch'],
  ['2025-01-27', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-28', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-29', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1)'],
  ['2025-01-30', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-31', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2025-04-26', 'WORKING_SWAP', 'Làm bù cho ngày 02/5'],
  ['2025-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam'],
  ['2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'],
  ['2025-05-02', 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'],
  ['2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'],
  ['2025-09-02', 'HOLIDAY', 'Quốc khánh'],
  ['2026-01-01', 'HOLIDAY', 'Tết Dương lịch'],
  ['2026-02-16', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1)'],
  ['2026-02-18', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-19', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-20', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)'],
  ['2026-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam'],
  ['2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'],
  ['2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'],
  ['2026-09-02', 'HOLIDAY', 'Quốc khánh'],
  ['2027-01-01', 'HOLIDAY', 'Tết Dương lịch'],
  ['2027-02-04', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'],
  ['2027-02-05', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'],
  ['2027-02-08', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'],
  ['2027-02-09', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'],
  ['2027-02-10', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'],
  ['2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, dự kiến)'],
  ['2027-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam'],
  ['2027-05-03', 'HOLIDAY', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)'],
  ['2027-09-02', 'HOLIDAY', 'Quốc khánh'],
  ['2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề, dự kiến)'],
];
