/** Where GraphiQL signs people in: an OpenID Provider and the public client registered there for GraphiQL. */
export interface IdeSignIn {
  issuer: string;
  clientId: string;
  /** This page's own URL (`…/graphql`), registered at the provider as the client's redirect URI. */
  redirectUri: string;
  /** The resource indicator of the graph (RFC 8707), so the access token is one for the graph. */
  resource: string;
}

/**
 * GraphiQL signs in at the first trusted OpenID Provider (KPI_OIDC_ISSUERS), or the one named by
 * KPI_GRAPHIQL_ISSUER, as the `kpi-graphiql` client; none configured, no button.
 */
export function ideSignInFromEnv(env: NodeJS.ProcessEnv = process.env): IdeSignIn | undefined {
  const issuer =
    env.KPI_GRAPHIQL_ISSUER ?? (env.KPI_OIDC_ISSUERS ? (JSON.parse(env.KPI_OIDC_ISSUERS) as { issuer: string }[])[0]?.issuer : undefined);
  if (!issuer) return undefined;
  const gateway = env.KPI_GATEWAY_PUBLIC_URL ?? `http://localhost:${env.GATEWAY_PORT ?? env.PORT ?? 4000}`;
  return { issuer, clientId: env.KPI_GRAPHIQL_CLIENT_ID ?? 'kpi-graphiql', redirectUri: `${gateway}/graphql`, resource: 'urn:kpi:graph' };
}

/**
 * The browser side of GraphiQL's "Sign in": authorization code with PKCE (S256, Web Crypto), the
 * tokens kept in this tab's sessionStorage, refreshed when the access token expires, and every
 * request to /graphql sent with `Authorization: Bearer` unless the Headers tab sets a real one.
 * "Sign out" revokes the refresh token and ends the session at the provider.
 */
export function signInScript(config: IdeSignIn): string {
  return `(() => {
  const config = ${JSON.stringify(config)};
  const store = window.sessionStorage;
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  const random = () => b64url(crypto.getRandomValues(new Uint8Array(32)));
  const originalFetch = window.fetch.bind(window);
  let metadata;
  const discover = async () => (metadata ??= await (await originalFetch(config.issuer + '/.well-known/openid-configuration')).json());
  const tokens = () => JSON.parse(store.getItem('kpi.tokens') || 'null');
  const save = (answer) => {
    store.setItem('kpi.tokens', JSON.stringify({ ...tokens(), ...answer, expires_at: Date.now() + (answer.expires_in - 30) * 1000 }));
    render();
  };
  const form = (params) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: config.clientId, ...params }) });
  async function tokenRequest(params) {
    const response = await originalFetch((await discover()).token_endpoint, form(params));
    if (!response.ok) throw new Error('the provider answered ' + response.status);
    return response.json();
  }
  async function accessToken() {
    const current = tokens();
    if (!current) return null;
    if (Date.now() < current.expires_at || !current.refresh_token) return current.access_token;
    try {
      save(await tokenRequest({ grant_type: 'refresh_token', refresh_token: current.refresh_token }));
      return tokens().access_token;
    } catch {
      store.removeItem('kpi.tokens');
      render();
      return null;
    }
  }
  window.fetch = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    if (url.origin === location.origin && url.pathname === '/graphql') {
      const token = await accessToken();
      const headers = new Headers(init.headers);
      const given = headers.get('authorization');
      if (token && (!given || given.includes('<'))) headers.set('authorization', 'Bearer ' + token);
      init = { ...init, headers };
    }
    return originalFetch(input, init);
  };
  async function signIn() {
    const verifier = random();
    const state = random();
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    store.setItem('kpi.pkce', JSON.stringify({ verifier, state }));
    const url = new URL((await discover()).authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: config.clientId, response_type: 'code', redirect_uri: config.redirectUri, scope: 'openid profile offline_access',
      code_challenge: challenge, code_challenge_method: 'S256', state, resource: config.resource,
    }).toString();
    location.assign(url.href);
  }
  async function signOut() {
    const current = tokens();
    store.removeItem('kpi.tokens');
    const provider = await discover();
    if (current?.refresh_token && provider.revocation_endpoint)
      await originalFetch(provider.revocation_endpoint, form({ token: current.refresh_token, token_type_hint: 'refresh_token' })).catch(() => {});
    if (provider.end_session_endpoint && current?.id_token)
      location.assign(provider.end_session_endpoint + '?' + new URLSearchParams({ id_token_hint: current.id_token, post_logout_redirect_uri: config.redirectUri, client_id: config.clientId }));
    else render();
  }
  async function completeSignIn() {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) return;
    const pending = JSON.parse(store.getItem('kpi.pkce') || 'null');
    store.removeItem('kpi.pkce');
    history.replaceState(null, '', location.pathname);
    if (params.has('error')) throw new Error(params.get('error_description') || params.get('error'));
    if (!pending || params.get('state') !== pending.state) throw new Error('this sign-in was not started here (state mismatch)');
    save(await tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: config.redirectUri, code_verifier: pending.verifier }));
  }
  function render() {
    const bar = document.getElementById('kpi-sign-in');
    if (!bar) return;
    const current = tokens();
    const who = current?.id_token ? JSON.parse(atob(current.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) : null;
    bar.replaceChildren();
    const label = document.createElement('span');
    label.textContent = who ? (who.name || who.sub) + ' ' : 'Chưa đăng nhập — not signed in ';
    const button = document.createElement('button');
    button.textContent = who ? 'Đăng xuất — sign out' : 'Đăng nhập — sign in';
    button.onclick = () => (who ? signOut() : signIn()).catch((error) => alert('Sign-in failed: ' + error.message));
    bar.append(label, button);
  }
  completeSignIn().catch((error) => alert('Sign-in failed: ' + error.message)).finally(render);
  window.addEventListener('DOMContentLoaded', render);
})();`;
}
