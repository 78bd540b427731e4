import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyRing, signGatewayAssertion, subgraphAudience, GATEWAY_ASSERTION } from '@kpi/platform';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import { personnel } from '@kpi/personnel';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startGraph } from '../../src/graph.js';

// A department's subgraph run elsewhere verifies the gateway's assertions from the gateway's
// published key set, as any JOSE library would: no key file copied.
let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph([personnel]);
});
afterAll(() => graph?.stop());

const keySetUrl = () => new URL('/.well-known/jwks.json', graph.gatewayUrl);
const body = { query: '{ me { id } }', operationName: null, variables: {} };

describe('the gateway publishes its verification keys', () => {
  it('as a JSON Web Key Set holding the public half only', async () => {
    const response = await fetch(keySetUrl());
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('with which a remote subgraph verifies a real assertion and refuses one signed by another key', async () => {
    const remote = createRemoteJWKSet(keySetUrl());
    const options = { issuer: GATEWAY_ASSERTION.issuer, audience: subgraphAudience('education') };
    const genuine = await signGatewayAssertion(actor.provinceAnalyst(), graph.keys.gateway.privateKey!, { audience: 'education', body });
    const { payload } = await jwtVerify(genuine, remote, options);
    expect(payload.sub).toBe(actor.provinceAnalyst().subject);
    const stranger = await generateKeyRing();
    const forged = await signGatewayAssertion(actor.provinceAnalyst(), stranger.gateway.privateKey!, { audience: 'education', body });
    await expect(jwtVerify(forged, remote, options)).rejects.toThrow(/signature verification failed/);
  });
});
