import { describe, expect, it, jest } from '@jest/globals';
import nodeCrypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import {
  generateKeyRing,
  loadKeyRing,
  ReplayGuard,
  requestDigest,
  subgraphAudience,
  type KeyRing,
  type SubgraphRequestBody,
  Role,
  serviceIdentity,
  signGatewayAssertion,
  signServiceAssertion,
  signUserToken,
  verifyGatewayAssertion,
  verifyServiceAssertion,
  verifyUserToken,
  type Identity,
} from '../src/index.js';
import { actor } from '../src/testkit/actors.js';
import { signCompactJwt } from '../src/identity/compact-sign.js';
import { verifyJwt, type VerifyOptions } from '../src/identity/compact-verify.js';

const staff: Identity = actor.staff({ id: '0190a3b2-0000-7000-8000-000000000001', agencyId: '0190a3b2-0000-7000-8000-0000000000aa' });
/** What a verified token says of that person: who they are, nothing of what they may do. */
const personStaff = { kind: 'person', subject: staff.subject, employee: { by: 'id', value: staff.employeeId }, name: null };
const BODY = { query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [] } };
/** What a subgraph checks an assertion against: itself, the body it received, its replay guard. */
const bound = (audience: string, body: SubgraphRequestBody = BODY, replay = new ReplayGuard()) => ({ audience, body, replay });
const publicKeys = (keys: KeyRing) => ({ service: keys.service.publicKey, gateway: keys.gateway.publicKey });
const now = () => Math.floor(Date.now() / 1000);
/** A token with exactly the claims given, signed like an assertion of `issuer`. */
const raw = (key: CryptoKey, claims: JWTPayload) => new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).sign(key);

describe('identity tokens', () => {
  it('names a person, and only names them: roles in a person’s token count for nothing', async () => {
    const keys = await generateKeyRing();
    const token = await signUserToken({ ...staff, roles: [Role.STAFF, Role.PROVINCE_ADMIN] }, keys.issuer.privateKey!);
    expect(decodeJwt(token)).not.toHaveProperty('roles');
    expect(await verifyUserToken(token, keys.issuer.publicKey)).toEqual(personStaff);
    // Even a token whose issuer wrote roles in: the gateway takes them from the records.
    const withRoles = await raw(keys.issuer.privateKey!, {
      kind: 'person',
      emp: staff.employeeId,
      roles: [Role.PROVINCE_ADMIN],
      sub: staff.subject,
      iss: 'kpi-identity',
      aud: 'kpi-graph',
      iat: now(),
      exp: now() + 60,
    });
    expect(await verifyUserToken(withRoles, keys.issuer.publicKey)).toEqual(personStaff);
  });

  it('refuses a token signed by another key (forged)', async () => {
    const keys = await generateKeyRing();
    const forger = await generateKeyRing();
    const token = await signUserToken(staff, forger.issuer.privateKey!);
    await expect(verifyUserToken(token, keys.issuer.publicKey)).rejects.toThrow();
  });

  it('refuses a gateway assertion presented as a user token and vice versa (audiences differ)', async () => {
    const keys = await generateKeyRing();
    const assertion = await signGatewayAssertion(staff, keys.issuer.privateKey!, { audience: 'diary', body: BODY });
    await expect(verifyUserToken(assertion, keys.issuer.publicKey)).rejects.toThrow();
    const token = await signUserToken(staff, keys.gateway.privateKey!);
    await expect(verifyGatewayAssertion(token, keys.gateway.publicKey, bound('diary'))).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const keys = await generateKeyRing();
    const token = await signUserToken(staff, keys.issuer.privateKey!, Math.floor(Date.now() / 1000) - 120);
    await expect(verifyUserToken(token, keys.issuer.publicKey)).rejects.toThrow(/exp/);
  });

  it('refuses an integration client claiming a person’s roles, and unknown roles', async () => {
    const keys = await generateKeyRing();
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('client:eoffice')
        .setIssuer('kpi-identity')
        .setAudience('kpi-graph')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(keys.issuer.privateKey!);
    await expect(
      verifyUserToken(await sign({ kind: 'client', roles: [Role.PROVINCE_ADMIN], agencies: [], units: [] }), keys.issuer.publicKey),
    ).rejects.toThrow(/client/);
    // A read grant is the one exception: an analytics system may read as a province analyst.
    const analytics = await verifyUserToken(
      await sign({ kind: 'client', roles: [Role.INTEGRATION_CLIENT, Role.PROVINCE_ANALYST], agencies: [], units: [] }),
      keys.issuer.publicKey,
    );
    // A client is named with the scopes its roles stand for; the register says what it holds.
    expect(analytics).toEqual({ kind: 'client', clientId: 'eoffice', scopes: ['diary:intake', 'analytics:read'] });
    await expect(
      verifyUserToken(await sign({ kind: 'client', roles: ['GOD'], agencies: [], units: [] }), keys.issuer.publicKey),
    ).rejects.toThrow(/roles/);
    await expect(verifyUserToken(await sign({ kind: 'person', roles: [] }), keys.issuer.publicKey)).rejects.toThrow(/employee/);
  });

  it('a subgraph’s service assertion is verified with the service key and refused at the gateway', async () => {
    const keys = await generateKeyRing();
    const assertion = await signServiceAssertion('diary', keys.service.privateKey!, { audience: 'personnel', body: BODY });
    const verified = await verifyServiceAssertion(assertion, publicKeys(keys), bound('personnel'));
    expect(verified).toEqual({ identity: serviceIdentity('diary'), onBehalfOf: null });
    const swapped = { service: keys.gateway.publicKey, gateway: keys.service.publicKey };
    await expect(verifyServiceAssertion(assertion, swapped, bound('personnel'))).rejects.toThrow();
    // Even signed with the issuer's key, a service identity never enters through the gateway.
    const asUserToken = await signUserToken(serviceIdentity('diary'), keys.issuer.privateKey!);
    await expect(verifyUserToken(asUserToken, keys.issuer.publicKey)).rejects.toThrow(/service/);
  });

  it('refuses a client claiming the SERVICE role', async () => {
    const keys = await generateKeyRing();
    const token = await signUserToken(
      { ...actor.integrationClient(), roles: [Role.INTEGRATION_CLIENT, Role.SERVICE] },
      keys.issuer.privateKey!,
    );
    await expect(verifyUserToken(token, keys.issuer.publicKey)).rejects.toThrow(/SERVICE|client/);
  });

  it('refuses user tokens without exp, issued in the future, or living longer than a day; allows a little skew', async () => {
    const keys = await generateKeyRing();
    const claims = { kind: 'person', emp: staff.employeeId, roles: staff.roles, agencies: staff.agencyIds, units: [] };
    const token = (extra: JWTPayload) =>
      raw(keys.issuer.privateKey!, { ...claims, sub: staff.subject, iss: 'kpi-identity', aud: 'kpi-graph', ...extra });
    await expect(verifyUserToken(await token({ iat: now() }), keys.issuer.publicKey)).rejects.toThrow(/exp/);
    await expect(verifyUserToken(await token({ exp: now() + 3600 }), keys.issuer.publicKey)).rejects.toThrow(/iat/);
    await expect(verifyUserToken(await token({ iat: now() + 600, exp: now() + 3600 }), keys.issuer.publicKey)).rejects.toThrow(/iat/);
    await expect(verifyUserToken(await token({ iat: now(), exp: now() + 25 * 3600 }), keys.issuer.publicKey)).rejects.toThrow(/lifetime/);
    // Clocks 30 s apart: a token "issued" 30 s from now, or expired 30 s ago, still passes.
    expect(await verifyUserToken(await token({ iat: now() + 30, exp: now() + 3600 }), keys.issuer.publicKey)).toEqual(personStaff);
    expect(await verifyUserToken(await token({ iat: now() - 3600, exp: now() - 30 }), keys.issuer.publicKey)).toEqual(personStaff);
  });
});

describe('assertions are bound to one subgraph request', () => {
  it('are accepted once, by the subgraph they were made for, with the body they were made for', async () => {
    const keys = await generateKeyRing();
    const assertion = await signGatewayAssertion(staff, keys.gateway.privateKey!, { audience: 'diary', body: BODY });
    const replay = new ReplayGuard();
    // Another subgraph, or another body (a forged representation), is refused — before the id is spent.
    await expect(verifyGatewayAssertion(assertion, keys.gateway.publicKey, bound('scoring', BODY, replay))).rejects.toThrow(/aud/);
    const forged = { ...BODY, variables: { r: [{ __typename: 'Employee', id: 'x', agencyId: 'theirs' }] } };
    await expect(verifyGatewayAssertion(assertion, keys.gateway.publicKey, bound('diary', forged, replay))).rejects.toThrow(/body/);
    expect(await verifyGatewayAssertion(assertion, keys.gateway.publicKey, bound('diary', BODY, replay))).toEqual(staff);
    // The same request replayed.
    await expect(verifyGatewayAssertion(assertion, keys.gateway.publicKey, bound('diary', BODY, replay))).rejects.toThrow(/used/);
    // The digest covers the query, the operation name and the variables, not the spacing of the JSON.
    expect(requestDigest(JSON.parse(JSON.stringify(BODY, null, 2)))).toBe(requestDigest(BODY));
    expect(requestDigest({ ...BODY, operationName: 'Other' })).not.toBe(requestDigest(BODY));
    expect(requestDigest({ ...BODY, query: `${BODY.query} ` })).not.toBe(requestDigest(BODY));
  });

  it('are signed with node:crypto into the very bytes jose would sign, for generated keys and keys read from files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-keys-'));
    try {
      await loadKeyRing(dir, { generateIfMissing: true });
      // Read back from the JWK files: the private keys are then not extractable.
      const fromFiles = await loadKeyRing(dir);
      expect(fromFiles.gateway.privateKey!.extractable).toBe(false);
      for (const keys of [await generateKeyRing(), fromFiles]) {
        const binding = { audience: 'diary', body: BODY, keyId: 'gateway-1' };
        expect(signCompactJwt({ alg: 'EdDSA', typ: 'JWT' }, { a: 1 }, keys.gateway.privateKey!)).not.toBeNull();
        for (const token of [
          await signGatewayAssertion(staff, keys.gateway.privateKey!, binding),
          await signServiceAssertion('diary', keys.service.privateKey!, { ...binding, keyId: undefined, onBehalfOf: 'evidence' }),
        ]) {
          const { sub, iss, aud, jti, iat, exp, ...claims } = decodeJwt(token);
          const header = decodeProtectedHeader(token) as { alg: string; typ: string; kid?: string };
          const key = iss === 'kpi-gateway' ? keys.gateway.privateKey! : keys.service.privateKey!;
          const byJose = await new SignJWT(claims)
            .setProtectedHeader(header)
            .setSubject(sub!)
            .setIssuer(iss!)
            .setAudience(aud!)
            .setJti(jti!)
            .setIssuedAt(iat!)
            .setExpirationTime(exp!)
            .sign(key);
          expect(token).toBe(byJose);
        }
        const assertion = await signGatewayAssertion(staff, keys.gateway.privateKey!, binding);
        expect(await verifyGatewayAssertion(assertion, keys.gateway.publicKey, bound('diary'))).toEqual(staff);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('read the clock once: a second ticking while a token is signed does not stretch its life', async () => {
    const keys = await generateKeyRing();
    // Every read of the clock lands one second later than the one before, just past a boundary.
    let tick = Math.floor(Date.now() / 1000) * 1000 - 1;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => (tick += 1000));
    try {
      const assertion = decodeJwt(await signGatewayAssertion(staff, keys.gateway.privateKey!, { audience: 'diary', body: BODY }));
      const service = decodeJwt(await signServiceAssertion('diary', keys.service.privateKey!, { audience: 'personnel', body: BODY }));
      const day = decodeJwt(await signUserToken(staff, keys.issuer.privateKey!, '24h'));
      expect([assertion.exp! - assertion.iat!, service.exp! - service.iat!, day.exp! - day.iat!]).toEqual([30, 30, 24 * 3600]);
    } finally {
      clock.mockRestore();
    }
    await expect(signUserToken(staff, keys.issuer.privateKey!, 'a while')).rejects.toThrow(/lifetime/);
  });

  it('must carry every binding claim and live a few seconds at most', async () => {
    const keys = await generateKeyRing();
    const base = {
      kind: 'person',
      emp: staff.employeeId,
      roles: staff.roles,
      agencies: staff.agencyIds,
      units: [],
      sub: staff.subject,
      iss: 'kpi-gateway',
      aud: subgraphAudience('diary'),
      iat: now(),
      exp: now() + 10,
      jti: 'a',
      dig: requestDigest(BODY),
    };
    expect(await verifyGatewayAssertion(await raw(keys.gateway.privateKey!, base), keys.gateway.publicKey, bound('diary'))).toEqual(staff);
    for (const claim of ['jti', 'dig', 'exp', 'iat'] as const) {
      const without: Record<string, unknown> = { ...base };
      delete without[claim];
      await expect(
        verifyGatewayAssertion(await raw(keys.gateway.privateKey!, without), keys.gateway.publicKey, bound('diary')),
      ).rejects.toThrow();
    }
    const long = await raw(keys.gateway.privateKey!, { ...base, jti: 'b', exp: now() + 3600 });
    await expect(verifyGatewayAssertion(long, keys.gateway.publicKey, bound('diary'))).rejects.toThrow(/long/);
    const old = await raw(keys.gateway.privateKey!, { ...base, jti: 'c', iat: now() - 60, exp: now() - 40 });
    await expect(verifyGatewayAssertion(old, keys.gateway.publicKey, bound('diary'))).rejects.toThrow(/exp/);
  });

  it('a service asks on a caller’s behalf only with that caller’s genuine assertion, made for the asking service', async () => {
    const keys = await generateKeyRing();
    const callerToDiary = await signGatewayAssertion(staff, keys.gateway.privateKey!, { audience: 'diary', body: BODY });
    const onBehalf = await signServiceAssertion('diary', keys.service.privateKey!, {
      audience: 'personnel',
      body: BODY,
      onBehalfOf: callerToDiary,
    });
    expect(await verifyServiceAssertion(onBehalf, publicKeys(keys), bound('personnel'))).toEqual({
      identity: staff,
      onBehalfOf: callerToDiary,
    });
    // The caller's assertion was for the diary: the catalogue cannot carry it to personnel.
    const stolen = await signServiceAssertion('catalogue', keys.service.privateKey!, {
      audience: 'personnel',
      body: BODY,
      onBehalfOf: callerToDiary,
    });
    await expect(verifyServiceAssertion(stolen, publicKeys(keys), bound('personnel'))).rejects.toThrow(/aud/);
    // A caller the gateway never signed.
    const forger = await generateKeyRing();
    const invented = await signGatewayAssertion(actor.provinceAdmin(), forger.gateway.privateKey!, { audience: 'diary', body: BODY });
    const lying = await signServiceAssertion('diary', keys.service.privateKey!, {
      audience: 'personnel',
      body: BODY,
      onBehalfOf: invented,
    });
    await expect(verifyServiceAssertion(lying, publicKeys(keys), bound('personnel'))).rejects.toThrow(/signature/);
  });
});

describe('verifying with node:crypto', () => {
  /** jose's verdict and ours on one token: the payload, or the error's class and message. */
  const verdict = (verifying: Promise<{ payload: JWTPayload }>) =>
    verifying.then(
      ({ payload }) => ({ payload }),
      (error: Error) => ({ error: `${error.constructor.name}: ${error.message}` }),
    );

  it('gives jose’s verdict on valid, forged, tampered, expired, early, too old, misaddressed and malformed tokens', async () => {
    const keys = await generateKeyRing();
    const forger = await generateKeyRing();
    const key = keys.gateway.privateKey!;
    const t = now();
    const claims = { sub: 'someone', iss: 'kpi-gateway', aud: 'kpi-subgraph:diary', jti: 'j1', dig: 'd', iat: t, exp: t + 30 };
    const signed = (c: JWTPayload, header: Record<string, unknown> = { alg: 'EdDSA' }, by = key) =>
      new SignJWT(c).setProtectedHeader(header as { alg: string }).sign(by);
    const valid = await signed(claims);
    const [h, p, sig] = valid.split('.') as [string, string, string];
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    const tokens: Record<string, string> = {
      valid,
      'audience among several': await signed({ ...claims, aud: ['elsewhere', 'kpi-subgraph:diary'] }),
      forged: await signed(claims, { alg: 'EdDSA' }, forger.gateway.privateKey!),
      'payload swapped': `${h}.${otherPayload}.${sig}`,
      'signature cut': `${h}.${p}.${sig.slice(0, -4)}`,
      'no signature': `${h}.${p}.`,
      'alg none': `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`,
      'alg not allowed': await signed(claims, { alg: 'Ed25519' }),
      'two parts': `${h}.${p}`,
      'four parts': `${valid}.x`,
      'header not JSON': `${Buffer.from('{alg').toString('base64url')}.${p}.${sig}`,
      'not base64url': `${h}.${p}.${sig}*`,
      'payload an array': signCompactJwt({ alg: 'EdDSA' }, ['x'], key)!,
      expired: await signed({ ...claims, iat: t - 100, exp: t - 10 }),
      'expired within tolerance': await signed({ ...claims, iat: t - 20, exp: t - 2 }),
      'not yet valid': await signed({ ...claims, nbf: t + 60 }),
      'iat in the future': await signed({ ...claims, iat: t + 60, exp: t + 90 }),
      'too old': await signed({ ...claims, iat: t - 40, exp: t + 30 }),
      'iat a string': await signed({ ...claims, iat: String(t) as unknown as number }),
      'exp a string': await signed({ ...claims, exp: String(t + 30) as unknown as number }),
      'wrong issuer': await signed({ ...claims, iss: 'kpi-service' }),
      'wrong audience': await signed({ ...claims, aud: 'kpi-subgraph:scoring' }),
      'no audience': await signed({ ...claims, aud: undefined }),
      'no jti': await signed({ ...claims, jti: undefined }),
      'no iat': await signed({ ...claims, iat: undefined }),
      'critical extension': signCompactJwt({ alg: 'EdDSA', crit: ['x'] as unknown as string, x: '1' }, claims, key)!,
    };
    const options: VerifyOptions = {
      issuer: 'kpi-gateway',
      audience: 'kpi-subgraph:diary',
      algorithms: ['EdDSA'],
      requiredClaims: ['exp', 'iat', 'jti', 'dig', 'sub'],
      clockTolerance: 5,
      maxTokenAge: 30,
    };
    const refused: string[] = [];
    for (const [name, token] of Object.entries(tokens)) {
      const ours = await verdict(verifyJwt(token, keys.gateway.publicKey, options));
      expect({ name, ...ours }).toEqual({ name, ...(await verdict(jwtVerify(token, keys.gateway.publicKey, options))) });
      if ('error' in ours) refused.push(name);
    }
    // Only the valid ones pass (and the test is not comparing two yes-men).
    expect(Object.keys(tokens).filter((name) => !refused.includes(name))).toEqual([
      'valid',
      'audience among several',
      'expired within tolerance',
    ]);
  });

  it('checks the signature on the threadpool: the event loop goes on while it is checked', async () => {
    const keys = await generateKeyRing();
    const verify = jest.spyOn(nodeCrypto, 'verify');
    try {
      const t = now();
      const token = signCompactJwt(
        { alg: 'EdDSA' },
        { sub: 's', iss: 'kpi-gateway', aud: 'kpi-subgraph:diary', iat: t, exp: t + 30 },
        keys.gateway.privateKey!,
      )!;
      const options: VerifyOptions = { issuer: 'kpi-gateway', audience: 'kpi-subgraph:diary', algorithms: ['EdDSA'] };
      const checks = Array.from({ length: 20 }, () => verifyJwt(token, keys.gateway.publicKey, options));
      // Every check was handed over at once, each with its callback (node:crypto's asynchronous form).
      expect(verify).toHaveBeenCalledTimes(20);
      for (const call of verify.mock.calls) expect(typeof call[4]).toBe('function');
      expect((await Promise.all(checks)).map(({ payload }) => payload.sub)).toEqual(Array(20).fill('s'));
      // A forged one is refused the same way.
      const forged = `${token.slice(0, -4)}AAAA`;
      await expect(verifyJwt(forged, keys.gateway.publicKey, options)).rejects.toThrow('signature verification failed');
    } finally {
      verify.mockRestore();
    }
  });
});
