/** Vietnamese text helpers shared by every subgraph. */
/** Lower-case, without Vietnamese diacritics: "Thẩm định" is found by "tham dinh". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function containsPattern(term: string): string {
  return `%${foldVietnamese(term).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
