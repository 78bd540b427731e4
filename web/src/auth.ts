/**
 * Signing in at the province's identity provider: authorization code with PKCE (S256, Web Crypto),
 * the tokens kept in this tab (sessionStorage), refreshed before they expire. The provider and the
 * client id come from the gateway (`/web-config.json`), so one build serves any deployment.
 */
export interface WebConfig {
  issuer: string;
  clientId: string;
  resource: string;
}

interface Tokens {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
  expires_at: number;
}

const store = window.sessionStorage;
const b64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const random = () => b64url(crypto.getRandomValues(new Uint8Array(32)));
const redirectUri = () => `${location.origin}/callback`;

export class Session {
  private metadata: Promise<Record<string, string>> | null = null;

  constructor(readonly config: WebConfig) {}

  private discover() {
    this.metadata ??= fetch(`${this.config.issuer}/.well-known/openid-configuration`).then((r) => r.json());
    return this.metadata;
  }

  private get tokens(): Tokens | null {
    return JSON.parse(store.getItem('kpi.tokens') ?? 'null') as Tokens | null;
  }

  private save(answer: Omit<Tokens, 'expires_at'>) {
    store.setItem('kpi.tokens', JSON.stringify({ ...this.tokens, ...answer, expires_at: Date.now() + (answer.expires_in - 30) * 1000 }));
  }

  private async token(params: Record<string, string>) {
    const response = await fetch((await this.discover()).token_endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.config.clientId, ...params }),
    });
    if (!response.ok) throw new Error(`the identity provider answered ${response.status}`);
    return (await response.json()) as Omit<Tokens, 'expires_at'>;
  }

  /** Who is signed in, from the ID token (display only: the graph decides what they may do). */
  get person(): { sub: string; name?: string } | null {
    const idToken = this.tokens?.id_token;
    if (!idToken) return null;
    return JSON.parse(atob(idToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string; name?: string };
  }

  /** A valid access token, refreshed when it has expired; null when signed out. */
  async accessToken(): Promise<string | null> {
    const current = this.tokens;
    if (!current) return null;
    if (Date.now() < current.expires_at || !current.refresh_token) return current.access_token;
    try {
      this.save(await this.token({ grant_type: 'refresh_token', refresh_token: current.refresh_token }));
      return this.tokens!.access_token;
    } catch {
      store.removeItem('kpi.tokens');
      return null;
    }
  }

  async signIn() {
    const verifier = random();
    const state = random();
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    // Where they were, to come back to it: a link to /review opened signed out lands on /review.
    store.setItem('kpi.pkce', JSON.stringify({ verifier, state, returnTo: location.pathname + location.search }));
    const url = new URL((await this.discover()).authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: this.config.clientId,
      response_type: 'code',
      redirect_uri: redirectUri(),
      scope: 'openid profile offline_access',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
      resource: this.config.resource,
    }).toString();
    location.assign(url.href);
  }

  /** Completes a sign-in when the provider sent the browser back here with a code. */
  async completeSignIn(): Promise<void> {
    if (location.pathname !== '/callback') return;
    const params = new URLSearchParams(location.search);
    const pending = JSON.parse(store.getItem('kpi.pkce') ?? 'null') as { verifier: string; state: string; returnTo?: string } | null;
    store.removeItem('kpi.pkce');
    const returnTo = pending?.returnTo?.startsWith('/') && !pending.returnTo.startsWith('//') ? pending.returnTo : '/';
    history.replaceState(null, '', returnTo === '/callback' ? '/' : returnTo);
    if (params.has('error')) throw new Error(params.get('error_description') ?? params.get('error')!);
    if (!pending || params.get('state') !== pending.state) throw new Error('this sign-in was not started here');
    this.save(
      await this.token({
        grant_type: 'authorization_code',
        code: params.get('code')!,
        redirect_uri: redirectUri(),
        code_verifier: pending.verifier,
      }),
    );
  }

  async signOut() {
    const current = this.tokens;
    store.removeItem('kpi.tokens');
    const provider = await this.discover();
    if (current?.refresh_token && provider.revocation_endpoint)
      await fetch(provider.revocation_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: this.config.clientId, token: current.refresh_token, token_type_hint: 'refresh_token' }),
      }).catch(() => {});
    if (provider.end_session_endpoint && current?.id_token)
      location.assign(
        `${provider.end_session_endpoint}?${new URLSearchParams({ id_token_hint: current.id_token, post_logout_redirect_uri: `${location.origin}/`, client_id: this.config.clientId })}`,
      );
  }
}
