import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { firstPartyClients, generateSigningKey, GRAPH_AUDIENCE, startIdentityProvider, type RunningIdentityProvider } from '@kpi/identity';
import { discover, signInWithCode, SignInRefused } from '@kpi/identity/client';
import { importJWK, SignJWT, type JWK } from 'jose';
import * as oidc from 'openid-client';
import { graphql } from '../../src/graphql/index.js';
import { personnelWorld, type PersonnelWorld } from '../personnel/fixtures.js';

/**
 * Sign-in through a real OpenID Provider (the embedded one, oidc-provider) as a browser does:
 * authorization code with PKCE, refresh, sign-out; and the gateway's trust in its tokens: keys
 * from discovery, rotation without a restart, the algorithm allow-list, audience and expiry, and
 * nothing from an issuer it was not told to trust.
 */
const PASSWORD = 'demo-password';
const CLI = { clientId: 'kpi-cli', redirectUri: 'http://127.0.0.1/callback' };
let world: PersonnelWorld;
let provider: RunningIdentityProvider;
let firstKey: JWK;

const startProvider = (keys: JWK[], port = 0) =>
  startIdentityProvider({
    port,
    jwks: { keys },
    clients: firstPartyClients({ gateway: 'http://localhost:4000', web: 'http://localhost:5173' }),
    password: PASSWORD,
  });

beforeAll(async () => {
  firstKey = await generateSigningKey();
  provider = await startProvider([firstKey]);
  process.env.KPI_OIDC_ISSUERS = JSON.stringify([
    {
      issuer: provider.issuer,
      audience: GRAPH_AUDIENCE,
      employee: { claim: 'sub', by: 'code' },
      algorithms: ['RS256'],
      keyRefetchSeconds: 0,
    },
  ]);
  world = await personnelWorld(200);
});
afterAll(async () => {
  delete process.env.KPI_OIDC_ISSUERS;
  await provider?.close();
  await world?.graph.stop();
});

const ME = graphql(`
  query OpenIdMe {
    me {
      code
      access {
        roles
      }
    }
  }
`);
const GRANTS = graphql(`
  query OpenIdGrants {
    roleGrants {
      id
    }
  }
`);
/** A demo user's employee code. */
const codeOf = (label: string) => world.province.employees.find((e) => e.id === world.user(label).employeeId)!.code;
const signIn = (code: string, password = PASSWORD) => signInWithCode({ issuer: provider.issuer, ...CLI, code, password });
const ask = async (token: string, query = '{ me { code } }') => {
  const response = await fetch(world.graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
  };
};
/** A token signed with a provider key: a valid access token's claims, with those given instead. */
const forged = async (key: JWK, claims: Record<string, unknown>, alg = 'RS256') => {
  const now = Math.floor(Date.now() / 1000);
  const valid = { client_id: 'kpi-cli', iss: provider.issuer, aud: GRAPH_AUDIENCE, sub: codeOf('staff'), iat: now, exp: now + 600 };
  return new SignJWT({ ...valid, ...claims }).setProtectedHeader({ alg, kid: key.kid!, typ: 'at+jwt' }).sign(await importJWK(key, alg));
};

describe('signing in through the OpenID Provider', () => {
  it('a person signs in by code flow with PKCE; the gateway takes the token and the roles from the records', async () => {
    const { tokens } = await signIn(codeOf('agency-admin'));
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    const client = world.graph.withAuthorization(`Bearer ${tokens.access_token}`);
    const { me } = await client.request(ME);
    expect(me).toEqual({ code: codeOf('agency-admin'), access: { roles: ['STAFF', 'AGENCY_ADMIN'] } });
    expect((await client.request(GRANTS)).roleGrants.length).toBeGreaterThan(0);
  });

  it('refreshes without the person, and signing out ends the refresh token', async () => {
    const { config, tokens } = await signIn(codeOf('staff'));
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await ask(refreshed.access_token)).body.data).toEqual({ me: { code: codeOf('staff') } });
    // Sign out: the client revokes its refresh token and ends the session at the provider.
    await oidc.tokenRevocation(config, refreshed.refresh_token!);
    const endSession = oidc.buildEndSessionUrl(config, { id_token_hint: refreshed.id_token!, post_logout_redirect_uri: CLI.redirectUri });
    expect((await fetch(endSession, { redirect: 'manual' })).status).toBeLessThan(500);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('a wrong password signs nobody in; a code without PKCE is refused by the provider', async () => {
    await expect(signIn(codeOf('staff'), 'wrong')).rejects.toBeInstanceOf(SignInRefused);
    const config = await discover(provider.issuer, CLI.clientId);
    const withoutPkce = oidc.buildAuthorizationUrl(config, { redirect_uri: CLI.redirectUri, scope: 'openid' });
    const response = await fetch(withoutPkce, { redirect: 'manual' });
    expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });

  it('an employee code the records do not have is refused at the gateway, 401, naming the code', async () => {
    const { tokens } = await signIn('NOBODY-0001');
    const { status, body } = await ask(tokens.access_token);
    expect(status).toBe(401);
    expect(body.errors![0]!.message).toBe('No employee with code NOBODY-0001 is in the province’s records.');
  });

  it('refuses what its issuer did not mean for the graph: another audience, an algorithm off the list, an expired token', async () => {
    expect((await ask(await forged(firstKey, {}))).status).toBe(200); // the forging itself is sound
    for (const token of [
      await forged(firstKey, { aud: 'another-api' }),
      await forged(firstKey, {}, 'PS256'), // the provider's genuine key, an algorithm not allowed
      await forged(firstKey, { exp: Math.floor(Date.now() / 1000) - 120 }),
      await forged(await generateSigningKey(), {}), // a key the provider never published
    ]) {
      const { status, body } = await ask(token);
      expect([status, body.errors![0]!.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('a token from an issuer it was not told to trust is refused, saying so', async () => {
    const stranger = await startProvider([await generateSigningKey()]);
    try {
      const { tokens } = await signInWithCode({ issuer: stranger.issuer, ...CLI, code: codeOf('staff'), password: PASSWORD });
      const { status, body } = await ask(tokens.access_token);
      expect(status).toBe(401);
      expect(body.errors![0]!.message).toMatch(/^Tokens from http:\/\/localhost:\d+ are not accepted here/);
    } finally {
      await stranger.close();
    }
  });

  it('the provider rotates its key: new tokens verify without a restart, tokens of the old key until they expire', async () => {
    const { tokens: before } = await signIn(codeOf('staff'));
    expect((await ask(before.access_token)).status).toBe(200);
    const port = provider.port;
    await provider.close();
    // The new key signs; the old one stays published until its tokens have expired.
    const secondKey = await generateSigningKey();
    provider = await startProvider([secondKey, firstKey], port);
    const { tokens: after } = await signIn(codeOf('staff'));
    expect(JSON.parse(Buffer.from(after.access_token.split('.')[0]!, 'base64url').toString()).kid).toBe(secondKey.kid);
    expect((await ask(after.access_token)).body.data).toEqual({ me: { code: codeOf('staff') } });
    expect((await ask(before.access_token)).status).toBe(200);
  });

  it('verifying stays local: with the provider down, tokens already issued still verify', async () => {
    const { tokens } = await signIn(codeOf('unit-head'));
    expect((await ask(tokens.access_token)).status).toBe(200);
    const port = provider.port;
    await provider.close();
    try {
      const { status, body } = await ask(tokens.access_token);
      expect([status, body.data]).toEqual([200, { me: { code: codeOf('unit-head') } }]);
    } finally {
      provider = await startProvider([firstKey], port);
    }
  });
});
