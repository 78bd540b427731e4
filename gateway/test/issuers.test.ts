import { afterEach, describe, expect, it, jest } from '@jest/globals';
import nodeCrypto from 'node:crypto';
import { generateKeyRing, signUserToken } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import { Issuers, VERIFIED_TOKEN } from '../src/issuers.js';

const staff = actor.staff({ id: '0190a3b2-0000-7000-8000-000000000001', agencyId: '0190a3b2-0000-7000-8000-0000000000aa' });

describe('verified tokens', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('checks a token’s signature once, and again once it is due; an expired token is refused whatever was kept', async () => {
    const keys = await generateKeyRing();
    const issuers = new Issuers(keys.issuer.publicKey, []);
    const verify = jest.spyOn(nodeCrypto, 'verify');
    try {
      const token = await signUserToken(staff, keys.issuer.privateKey!, '1h');
      const principal = await issuers.verify(token);
      expect(principal).toMatchObject({ kind: 'person', employee: { by: 'id', value: staff.employeeId } });
      expect(verify).toHaveBeenCalledTimes(1);
      expect(await issuers.verify(token)).toEqual(principal);
      expect(verify).toHaveBeenCalledTimes(1);
      // A bad token is never kept: refused each time it comes.
      const forged = `${token.slice(0, -4)}AAAA`;
      await expect(issuers.verify(forged)).rejects.toThrow();
      await expect(issuers.verify(forged)).rejects.toThrow();
      expect(verify).toHaveBeenCalledTimes(3);

      // Only the clock is faked: past the bound, the signature is checked again.
      jest.useFakeTimers({
        doNotFake: [
          'nextTick',
          'setImmediate',
          'queueMicrotask',
          'setTimeout',
          'setInterval',
          'clearTimeout',
          'clearInterval',
          'performance',
        ],
      });
      jest.setSystemTime(Date.now() + (VERIFIED_TOKEN.seconds + 1) * 1000);
      expect(await issuers.verify(token)).toEqual(principal);
      expect(verify).toHaveBeenCalledTimes(4);
      // Past its expiry (and the skew jose allows), the token kept a moment ago is refused.
      jest.setSystemTime(Date.now() + 2 * 3600 * 1000);
      await expect(issuers.verify(token)).rejects.toThrow();
    } finally {
      verify.mockRestore();
      issuers.stop();
    }
  });

  it('never keeps a token past its own expiry', async () => {
    const keys = await generateKeyRing();
    const issuers = new Issuers(keys.issuer.publicKey, []);
    const verify = jest.spyOn(nodeCrypto, 'verify');
    try {
      // Lives 5 s: kept at most until then, though the bound is longer.
      const token = await signUserToken(staff, keys.issuer.privateKey!, Math.floor(Date.now() / 1000) + 5);
      await issuers.verify(token);
      jest.useFakeTimers({
        doNotFake: [
          'nextTick',
          'setImmediate',
          'queueMicrotask',
          'setTimeout',
          'setInterval',
          'clearTimeout',
          'clearInterval',
          'performance',
        ],
      });
      jest.setSystemTime(Date.now() + 6000);
      // Within jose's skew it is still good, but its signature is checked again.
      await issuers.verify(token);
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      verify.mockRestore();
      issuers.stop();
    }
  });
});
