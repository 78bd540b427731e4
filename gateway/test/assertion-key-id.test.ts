import { describe, expect, it } from '@jest/globals';
import { GATEWAY_ASSERTION, generateKeyRing, IDENTITY_HEADER, subgraphAudience } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { IdentityForwardingDataSource } from '../src/identity.js';
import { gatewayKeySet } from '../src/jwks.js';

/**
 * Every assertion names the key that signed it (`kid`, as /.well-known/jwks.json publishes it), so
 * a department's subgraph verifying from the key set picks the right one while the gateway's key
 * is being rotated (two keys published at once).
 */
describe('the gateway’s assertions', () => {
  it('carry the kid of the published key, and verify against a key set holding another key too', async () => {
    const [current, previous] = [await generateKeyRing(), await generateKeyRing()];
    const [published, older] = [await gatewayKeySet(current.gateway.publicKey), await gatewayKeySet(previous.gateway.publicKey)];
    const kid = published.keys[0]!.kid!;
    const source = new IdentityForwardingDataSource('education', { url: 'http://127.0.0.1:1/graphql' });
    const headers = new Headers();
    const request = { query: '{ me { id } }', variables: {}, http: { method: 'POST', url: 'http://127.0.0.1:1/graphql', headers } };
    await source.willSendRequest({
      request,
      context: { identity: actor.provinceAnalyst(), gatewayKey: current.gateway.privateKey!, gatewayKeyId: kid },
      kind: 'INCOMING_OPERATION',
    } as never);
    const assertion = headers.get(IDENTITY_HEADER)!;
    expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'EdDSA', kid });
    // Both keys published, as during a rotation: the kid decides which one verifies.
    const keySet = createLocalJWKSet({ keys: [...older.keys, ...published.keys] });
    const { payload } = await jwtVerify(assertion, keySet, { issuer: GATEWAY_ASSERTION.issuer, audience: subgraphAudience('education') });
    expect(payload.sub).toBe(actor.provinceAnalyst().subject);
  });
});
