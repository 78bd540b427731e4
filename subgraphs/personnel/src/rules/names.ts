/**
 * Vietnamese names are searched without diacritics (people type "nguyen van duc" for "Nguyễn Văn
 * Đức") and sorted by given name — the last word — as Vietnamese directories are.
 */
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

export function sortKey(fullName: string): string {
  const folded = foldVietnamese(fullName);
  const given = folded.split(' ').at(-1) ?? folded;
  return `${given} ${folded}`;
}

/** A LIKE pattern matching `term` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(term: string): string {
  return `%${foldVietnamese(term).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
