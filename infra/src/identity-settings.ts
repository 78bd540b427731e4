import { GRAPH_AUDIENCE } from '@kpi/identity';

/** Where the embedded identity provider runs and whom it serves; one reading for `pnpm start`, the provider and `pnpm tokens`. */
export function identityProviderSettings(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.KPI_OIDC_PORT ?? 4010);
  const gatewayPort = env.GATEWAY_PORT ?? env.PORT ?? '4000';
  return {
    enabled: env.KPI_IDENTITY_PROVIDER !== 'off',
    port,
    issuer: env.KPI_OIDC_ISSUER ?? `http://localhost:${port}`,
    gatewayUrl: env.KPI_GATEWAY_PUBLIC_URL ?? `http://localhost:${gatewayPort}`,
    webUrl: env.KPI_WEB_URL ?? 'http://localhost:5173',
    password: env.KPI_DEMO_PASSWORD ?? 'kpi-demo',
  };
}

/**
 * What the gateway is told to trust: the province's own providers (KPI_OIDC_ISSUERS, set by a real
 * deployment) or, by default, the embedded one — whose tokens name the employee by code in `sub`.
 */
export function trustedIssuers(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.KPI_OIDC_ISSUERS) return env.KPI_OIDC_ISSUERS;
  const settings = identityProviderSettings(env);
  if (!settings.enabled) return undefined;
  return JSON.stringify([
    { issuer: settings.issuer, audience: GRAPH_AUDIENCE, employee: { claim: 'sub', by: 'code' }, algorithms: ['RS256'] },
  ]);
}
