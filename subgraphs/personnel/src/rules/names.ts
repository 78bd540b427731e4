import { foldVietnamese } from '@kpi/platform';

export { containsPattern, foldVietnamese } from '@kpi/platform';

/**
 * Vietnamese names are searched without diacritics (people type "nguyen van duc" for "Nguyễn Văn
 * Đức") and sorted by given name — the last word — as Vietnamese directories are.
 */
export function sortKey(fullName: string): string {
  const folded = foldVietnamese(fullName);
  const given = folded.split(' ').at(-1) ?? folded;
  return `${given} ${folded}`;
}
