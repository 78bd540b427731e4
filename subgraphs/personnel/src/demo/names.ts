import type { Random } from './random.js';

/** Family names with their approximate share of the Vietnamese population. */
const FAMILY: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Huỳnh', 4], ['Hoàng', 2], ['Võ', 3.9], ['Phan', 4.5],
  ['Vũ', 2], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Trương', 1], ['Đinh', 0.6], ['Lương', 0.4], ['Mai', 0.4], ['Tô', 0.3], ['Châu', 0.3], ['Cao', 0.4], ['Đoàn', 0.5],
  ['Lâm', 0.4], ['Thái', 0.3], ['Tạ', 0.3], ['Hà', 0.4], ['Kiều', 0.1], ['Nông', 0.1], ['Katơr', 0.05], ['Cao Thị', 0.05],
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Trọng', 'Đình', 'Tấn', 'Anh', 'Hoàng', 'Quang', 'Thành'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Bích', 'Mỹ', 'Thùy', 'Hoài', 'Phương', 'Diệu', 'Minh'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Đông', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Lâm',
  'Long', 'Lộc', 'Minh', 'Nam', 'Nghĩa', 'Nhân', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành',
  'Thiện', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Hậu', 'Lợi', 'Tín', 'Trí', 'Hưng', 'Phát',
];
const GIVEN_FEMALE = [
  'Anh', 'Châu', 'Chi', 'Diễm', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương',
  'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Nhi', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Thủy',
  'Trang', 'Trâm', 'Tuyết', 'Uyên', 'Vân', 'Vy', 'Yến', 'Xuân', 'Ngọc', 'Khánh', 'Thư', 'Tâm',
];

export function vietnameseName(random: Random): string {
  const family = random.weighted(FAMILY);
  const female = random.chance(0.52);
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  // About a fifth of names carry a second middle name (Nguyễn Thị Thu Hà).
  const second = random.chance(0.2) ? ` ${random.pick(female ? ['Thu', 'Kim', 'Ngọc', 'Mỹ', 'Hồng'] : ['Minh', 'Quốc', 'Thanh', 'Hoàng', 'Anh'])}` : '';
  const full = `${family} ${middle}${second} ${given}`;
  return full.replace(/(\S+) \1 /, '$1 ');
}
