import { describe, expect, it } from '@jest/globals';
import { DomainError, peerFailure } from '../src/index.js';

/** What a peer's answer means for the subgraph that asked (the lookup's own outcome). */
const codeOf = (error: Error | undefined) => (error instanceof DomainError ? error.extensions.code : error ? 'INTERNAL' : undefined);
const answer = (code: string | undefined, data?: unknown) => ({
  data,
  errors: [{ message: `peer said ${code}`, extensions: code ? { code } : {} }],
});

describe("a peer's answer", () => {
  it('is usable when it has data and no errors', () => {
    expect(peerFailure('personnel', 200, { data: { _entities: [null] } })).toBeUndefined();
  });

  it.each([
    ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
    ['INVALID_REFERENCE', 'INVALID_REFERENCE'],
    ['NOT_FOUND', 'NOT_FOUND'],
    ['OUT_OF_RANGE', 'OUT_OF_RANGE'],
    ['EMPLOYEE_INACTIVE', 'EMPLOYEE_INACTIVE'], // a rule of the peer's own domain
    ['FORBIDDEN', 'FORBIDDEN'],
    ['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
    // Our own assertion refused, or the peer's own fault: ours to fix, never the caller's.
    ['UNAUTHENTICATED', 'INTERNAL'],
    ['INTERNAL_SERVER_ERROR', 'INTERNAL'],
    [undefined, 'INTERNAL'],
  ])('refusing the whole request with %s is our %s', (code, ours) => {
    const failure = peerFailure('diary', 200, answer(code));
    expect(codeOf(failure)).toBe(ours);
    if (ours !== 'INTERNAL' && ours !== 'SERVICE_UNAVAILABLE') expect(failure!.message).toBe(`peer said ${code}`);
  });

  it('with data, leaves a verdict on one key as that key’s null', () => {
    expect(peerFailure('personnel', 200, answer('BAD_USER_INPUT', { _entities: [null] }))).toBeUndefined();
  });

  it('is unavailable when the peer answered 502, 503 or 504', () => {
    for (const status of [502, 503, 504]) expect(codeOf(peerFailure('scoring', status, undefined))).toBe('SERVICE_UNAVAILABLE');
  });
});
