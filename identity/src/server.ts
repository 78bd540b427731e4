import { randomBytes } from 'node:crypto';
import { createLogger, listen, liveness, type RunningServer } from '@kpi/platform';
import express from 'express';
import type { ClientMetadata, JWK } from 'oidc-provider';
import { loginRoutes, type LoginOptions } from './login.js';
import { createProvider, type Account } from './provider.js';
import type { ClientRegistry } from './clients.js';

export { GRAPH_AUDIENCE, GRAPH_RESOURCE, firstPartyClients, TOKEN_TTL } from './provider.js';
export { generateSigningKey, loadSigningKeys } from './keys.js';
export { personnelClientRegistry, type ClientRegistry } from './clients.js';

export interface IdentityProviderOptions {
  port?: number;
  host?: string;
  /** The issuer identifier; by default `http://localhost:<port>` (known once listening). */
  issuer?: string;
  jwks: { keys: JWK[] };
  /** The registered clients, given the issuer (their redirect URIs may name it). */
  clients: ClientMetadata[] | ((issuer: string) => ClientMetadata[]);
  password: LoginOptions['password'];
  quickPicks?: LoginOptions['quickPicks'];
  cookieKeys?: string[];
  /** The integration clients registered as data (personnelClientRegistry); none: first-party clients only. */
  registry?: ClientRegistry;
}

export interface RunningIdentityProvider extends RunningServer {
  issuer: string;
}

/**
 * The embedded OpenID Provider on its own port: discovery at
 * `/.well-known/openid-configuration`, keys at `/jwks`, authorization at `/auth`, tokens at
 * `/token`, revocation at `/token/revocation`, sign-out at `/session/end`, and the sign-in page.
 * Sessions and tokens live in memory (oidc-provider's development adapter): a restart signs
 * everyone out, which is what a development provider should do.
 */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const logger = createLogger('identity');
  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json(liveness('identity'));
  });
  app.get('/health/ready', (_req, res) => {
    res.json({ status: 'ready', service: 'identity', pid: process.pid });
  });
  const running = await listen(app, options.port ?? 4010, options.host ?? '127.0.0.1', '');
  const issuer = options.issuer ?? `http://localhost:${running.port}`;
  const known = new Map((options.quickPicks ?? []).map((pick) => [pick.code, pick]));
  const provider = createProvider({
    issuer,
    jwks: options.jwks,
    clients: typeof options.clients === 'function' ? options.clients(issuer) : options.clients,
    cookieKeys: options.cookieKeys ?? [randomBytes(32).toString('base64url')],
    findAccount: (code): Account => ({ code, name: known.get(code)?.name }),
    interactionUrl: (uid) => `/interaction/${uid}`,
    registry: options.registry,
  });
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'identity provider error'));
  app.use(loginRoutes({ provider, password: options.password, quickPicks: options.quickPicks ?? [] }));
  app.use(provider.callback());
  // A sign-in page reached with an expired or unknown interaction (a stale tab, a replayed form).
  app.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const expired = (error as { name?: string }).name === 'SessionNotFound';
    if (!expired) logger.error({ err: error }, 'sign-in page failed');
    res
      .status(expired ? 400 : 500)
      .type('html')
      .send(
        expired
          ? '<!doctype html><meta charset="utf-8"><p>Phiên đăng nhập đã hết hạn: hãy bắt đầu lại. — This sign-in has expired: start again.</p>'
          : '<!doctype html><meta charset="utf-8"><p>Lỗi máy chủ — the sign-in failed; it was logged for the operators.</p>',
      );
  }) as express.ErrorRequestHandler);
  logger.info({ issuer }, 'identity provider ready');
  return { ...running, url: issuer, issuer };
}
