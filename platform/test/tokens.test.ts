import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import {
  generateKeyRing,
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

const staff: Identity = actor.staff({ id: '0190a3b2-0000-7000-8000-000000000001', agencyId: '0190a3b2-0000-7000-8000-0000000000aa' });

describe('identity tokens', () => {
  it('round-trips a person’s identity through a user token', async () => {
    const keys = await generateKeyRing();
    const token = await signUserToken(staff, keys.issuer.privateKey!);
    expect(await verifyUserToken(token, keys.issuer.publicKey)).toEqual(staff);
  });

  it('refuses a token signed by another key (forged)', async () => {
    const keys = await generateKeyRing();
    const forger = await generateKeyRing();
    const token = await signUserToken(staff, forger.issuer.privateKey!);
    await expect(verifyUserToken(token, keys.issuer.publicKey)).rejects.toThrow();
  });

  it('refuses a gateway assertion presented as a user token and vice versa (audiences differ)', async () => {
    const keys = await generateKeyRing();
    const assertion = await signGatewayAssertion(staff, keys.issuer.privateKey!);
    await expect(verifyUserToken(assertion, keys.issuer.publicKey)).rejects.toThrow();
    const token = await signUserToken(staff, keys.gateway.privateKey!);
    await expect(verifyGatewayAssertion(token, keys.gateway.publicKey)).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const keys = await generateKeyRing();
    const token = await signUserToken(staff, keys.issuer.privateKey!, Math.floor(Date.now() / 1000) - 10);
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
    expect(analytics).toMatchObject({ kind: 'client', employeeId: null, roles: [Role.INTEGRATION_CLIENT, Role.PROVINCE_ANALYST] });
    await expect(
      verifyUserToken(await sign({ kind: 'person', emp: 'x', roles: ['GOD'], agencies: [], units: [] }), keys.issuer.publicKey),
    ).rejects.toThrow(/roles/);
  });

  it('a subgraph’s service assertion is verified with the service key and refused at the gateway', async () => {
    const keys = await generateKeyRing();
    const assertion = await signServiceAssertion('diary', keys.service.privateKey!);
    expect(await verifyServiceAssertion(assertion, keys.service.publicKey)).toEqual(serviceIdentity('diary'));
    await expect(verifyServiceAssertion(assertion, keys.gateway.publicKey)).rejects.toThrow();
    // Even signed with the issuer's key, a service identity never enters through the gateway.
    const asUserToken = await signUserToken(serviceIdentity('diary'), keys.issuer.privateKey!);
    await expect(verifyUserToken(asUserToken, keys.issuer.publicKey)).rejects.toThrow(/service/);
  });

  it('refuses a person claiming the SERVICE role', async () => {
    const keys = await generateKeyRing();
    const token = await signUserToken({ ...staff, roles: [Role.STAFF, Role.SERVICE] }, keys.issuer.privateKey!);
    await expect(verifyUserToken(token, keys.issuer.publicKey)).rejects.toThrow(/SERVICE/);
  });
});
