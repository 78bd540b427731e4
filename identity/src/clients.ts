import { createHash, timingSafeEqual } from 'node:crypto';
import type { Peers } from '@kpi/platform';
import type { ClientMetadata } from 'oidc-provider';
import { ProviderClientDocument } from './peers/personnel.generated.js';

/** Where the provider finds the integration clients province admins registered (personnel's register). */
export interface ClientRegistry {
  find(clientId: string): Promise<ClientMetadata | undefined>;
}

/**
 * Reads a client from personnel's register, asking as `service:identity` (the one caller that may
 * read a secret's hash): a registered client in service authenticates with its secret
 * (client_secret_basic or _post) and gets tokens by the client credentials grant for its scopes.
 * `client_secret` here is the secret's hash: see `compareHashedSecret`.
 */
export function personnelClientRegistry(peers: Peers): ClientRegistry {
  return {
    async find(clientId) {
      const { integrationClient: client } = await peers.query('personnel', ProviderClientDocument, { clientId }, { asService: true });
      if (!client || client.revokedAt || !client.secretHash) return undefined;
      return {
        client_id: client.clientId,
        client_name: client.name,
        client_secret: client.secretHash,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
        scope: client.scopes.join(' '),
      };
    },
  };
}

/**
 * The register keeps SHA-256 of each secret (256 random bits: a hash is enough, and a leak of the
 * register reveals no secret), so a presented secret is hashed before the constant-time compare.
 */
export function compareHashedSecret(storedHash: string | undefined, presented: string): boolean {
  if (!storedHash) return false;
  const expected = Buffer.from(storedHash, 'hex');
  const actual = createHash('sha256').update(presented).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
