import { describe, expect, it } from '@jest/globals';
import { operationLabel } from '../src/observability/observed.js';

describe('operation names as metric labels', () => {
  it('keeps well-formed names, and cuts an unbounded set of them short', () => {
    const known = new Set<string>();
    expect(operationLabel('MyScore', known)).toBe('MyScore');
    expect(operationLabel(null, known)).toBe('anonymous');
    expect(operationLabel('drop table; --', known)).toBe('other');
    expect(operationLabel('x'.repeat(65), known)).toBe('other');
    // A client inventing a name per request cannot grow the series past the limit.
    for (let i = 0; i < 1000; i += 1) operationLabel(`Invented${i}`, known, 50);
    expect(known.size).toBe(50);
    expect(operationLabel('Invented999', known, 50)).toBe('other');
    expect(operationLabel('MyScore', known, 50)).toBe('MyScore');
  });
});
