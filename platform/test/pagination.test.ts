import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../src/index.js';

describe('pagination', () => {
  it('round-trips a keyset cursor', () => {
    expect(decodeCursor(encodeCursor(['an nguyen van an', 'id-1']))).toEqual(['an nguyen van an', 'id-1']);
  });

  it('refuses a cursor it did not make, with INVALID_CURSOR', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_CURSOR' }) }),
    );
  });

  it('defaults to 50 and refuses pages above 500 or below 0', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(500)).toBe(500);
    expect(() => pageSize(501)).toThrow(/between 0 and 500/);
    expect(() => pageSize(-1)).toThrow(/between 0 and 500/);
  });

  it('uses the extra fetched row only to say there is a next page', () => {
    const page = toPage([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7, (row) => [row.id, row.id], false);
    expect(page.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(page.pageInfo.endCursor!)).toEqual(['b', 'b']);
    expect(page.totalCount).toBe(7);
  });
});
