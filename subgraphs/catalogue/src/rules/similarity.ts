import { foldVietnamese } from './text.js';

/** Words that every other item name carries and that say nothing about the work. */
const FILLER = new Set(['cong', 'tac', 'thuc', 'hien', 'cac', 'va', 've', 'cua', 'cho', 'theo', 'tren', 'nhiem', 'vu']);

function trigrams(name: string): Set<string> {
  const words = foldVietnamese(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !FILLER.has(word));
  const text = ` ${words.join(' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 2; i += 1) grams.add(text.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of character trigrams (what pg_trgm measures), diacritics and filler words ignored. */
export function nameSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

export interface Named {
  id: string;
  name: string;
}

/** Every pair at or above `threshold`, most similar first. */
export function similarPairs<T extends Named>(items: readonly T[], threshold: number): { a: T; b: T; similarity: number }[] {
  const grams = items.map((item) => trigrams(item.name));
  const pairs: { a: T; b: T; similarity: number }[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const x = grams[i]!;
      const y = grams[j]!;
      if (!x.size || !y.size) continue;
      let shared = 0;
      for (const gram of x) if (y.has(gram)) shared += 1;
      const similarity = (2 * shared) / (x.size + y.size);
      if (similarity >= threshold) pairs.push({ a: items[i]!, b: items[j]!, similarity: Math.round(similarity * 1000) / 1000 });
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity);
}
