import Provider, { type Adapter, type AdapterPayload, type ClientMetadata, type Configuration, type JWK } from 'oidc-provider';
import { CLIENT_SCOPES } from '@kpi/platform';
import { compareHashedSecret, type ClientRegistry } from './clients.js';
import { memoryStores } from './memory-adapter.js';

/** The graph as a resource server: the resource indicator clients ask for, and the audience of its access tokens. */
export const GRAPH_RESOURCE = 'urn:kpi:graph';
export const GRAPH_AUDIENCE = 'kpi-graph';

/** How long tokens live. A browser's access token is short (refreshed silently); a developer's command-line token lasts a working day. */
export const TOKEN_TTL = { accessToken: 15 * 60, cliAccessToken: 12 * 3600, refreshToken: 14 * 24 * 3600, session: 14 * 24 * 3600 };

/** The first-party clients: public (no secret), authorization code with PKCE, refresh tokens, no consent screen. */
export function firstPartyClients(urls: { gateway: string; web: string }): ClientMetadata[] {
  const publicClient = (
    client_id: string,
    client_name: string,
    redirect_uris: string[],
    after: string[] = redirect_uris,
  ): ClientMetadata => ({
    client_id,
    client_name,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris,
    post_logout_redirect_uris: after,
  });
  return [
    // GraphiQL, served by the gateway in development, signs in and comes back to itself.
    publicClient('kpi-graphiql', 'GraphiQL', [`${urls.gateway}/graphql`]),
    // The web app, served by the gateway at its root (and by Vite's dev server while developing it).
    publicClient('kpi-web', 'KPI web app', [`${urls.gateway}/callback`, `${urls.web}/callback`], [`${urls.gateway}/`, `${urls.web}/`]),
    // `pnpm tokens`: a loopback redirect (RFC 8252), which it reads without a browser.
    publicClient('kpi-cli', 'pnpm tokens', ['http://127.0.0.1/callback']),
  ];
}

export interface Account {
  /** The employee code: the account id, the token's `sub` and `preferred_username`. */
  code: string;
  name?: string;
}

export interface ProviderOptions {
  issuer: string;
  /** Private signing keys, newest first. */
  jwks: { keys: JWK[] };
  clients: ClientMetadata[];
  /** Signs the provider's cookies; rotate by putting a new key first. */
  cookieKeys: string[];
  /** Who a signed-in account is (the login decides who may sign in). */
  findAccount(code: string): Account | undefined;
  /** Where the provider sends a browser that must sign in (the login page, login.ts). */
  interactionUrl(uid: string): string;
  /** The integration clients registered as data (client credentials); none: first-party clients only. */
  registry?: ClientRegistry;
}

const isFirstParty = (clientId: string | undefined) => clientId === 'kpi-graphiql' || clientId === 'kpi-web' || clientId === 'kpi-cli';

/**
 * The embedded OpenID Provider, configured for the graph: authorization code with PKCE (required
 * for every client), refresh tokens, RP-initiated logout and token revocation, and access tokens
 * that are JWTs for the graph (`aud` kpi-graph, `sub` the employee code) so the gateway verifies
 * them locally with the provider's published keys. First-party clients skip the consent screen:
 * the province's own apps need no permission to act for the person signing in.
 */
export function createProvider(options: ProviderOptions): Provider {
  const stores = memoryStores();
  const registry = options.registry;
  const configuration: Configuration = {
    clients: options.clients,
    // Sessions, codes and tokens in memory; integration clients (beyond the static first-party ones) from the register.
    adapter: (name: string) => (name === 'Client' && registry ? registryAdapter(registry) : stores(name)),
    jwks: options.jwks,
    cookies: { keys: options.cookieKeys },
    pkce: { required: () => true },
    // A person's apps ask OpenID scopes; an integration client the scopes of the graph it holds.
    scopes: ['openid', 'profile', 'offline_access', ...Object.keys(CLIENT_SCOPES)],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    ttl: {
      AccessToken: (_ctx, _token, client) => accessTokenTtl(client.clientId),
      ClientCredentials: TOKEN_TTL.accessToken,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: TOKEN_TTL.refreshToken,
      Session: TOKEN_TTL.session,
      Grant: TOKEN_TTL.session,
      Interaction: 600,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      // Integration clients authenticate with their secret and get tokens for their own scopes.
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, _indicator, client) => ({
          // A person's app acts for the person (roles from the records); a client holds its registered scopes.
          scope: isFirstParty(client.clientId) ? 'graph' : (client.scope ?? ''),
          audience: GRAPH_AUDIENCE,
          accessTokenTTL: accessTokenTtl(client.clientId),
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // A browser app may call the token, revocation and userinfo endpoints from its own origin: the
    // origin of one of its redirect URIs (public clients only; a confidential client is a server).
    clientBasedCORS: (_ctx, origin, client) =>
      client.clientAuthMethod === 'none' && (client.redirectUris ?? []).some((uri) => URL.parse(uri)?.origin === origin),
    // Refresh tokens for every client allowed the grant, whether or not it asked for offline_access.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      if (!isFirstParty(ctx.oidc.client?.clientId) || !ctx.oidc.session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile offline_access');
      grant.addOIDCClaims(['name', 'preferred_username']);
      grant.addResourceScope(GRAPH_RESOURCE, 'graph');
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const account = options.findAccount(sub);
      if (!account) return undefined;
      return {
        accountId: account.code,
        claims: async () => ({ sub: account.code, preferred_username: account.code, name: account.name ?? account.code }),
      };
    },
    interactions: { url: (_ctx, interaction) => options.interactionUrl(interaction.uid) },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><meta charset="utf-8"><title>Lỗi đăng nhập</title><h1>Lỗi đăng nhập — sign-in error</h1><p>${escapeHtml(
        String(out.error_description ?? out.error),
      )}</p>`;
    },
  };
  const provider = new Provider(options.issuer, configuration);
  // Registered clients' secrets are kept hashed (clients.ts): compare the hash of what is presented.
  (provider.Client.prototype as unknown as { compareClientSecret(actual: string): boolean }).compareClientSecret = function (
    this: { clientSecret?: string },
    actual: string,
  ) {
    return compareHashedSecret(this.clientSecret, actual);
  };
  return provider;
}

/** oidc-provider's `Client` storage, read-only, over the register. */
function registryAdapter(registry: ClientRegistry): Adapter {
  const none = async () => undefined;
  return {
    find: (id: string) => registry.find(id) as Promise<AdapterPayload | undefined>,
    upsert: none,
    findByUserCode: none,
    findByUid: none,
    consume: none,
    destroy: none,
    revokeByGrantId: none,
  };
}

const accessTokenTtl = (clientId: string | undefined) => (clientId === 'kpi-cli' ? TOKEN_TTL.cliAccessToken : TOKEN_TTL.accessToken);

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
