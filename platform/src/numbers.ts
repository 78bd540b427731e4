/** `n` rounded to `digits` decimals (2: scores, shares and ratios as people read them). */
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
