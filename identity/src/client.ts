import * as oidc from 'openid-client';
import { GRAPH_RESOURCE } from './provider.js';

export interface SignIn {
  /** The provider's issuer URL. */
  issuer: string;
  clientId: string;
  redirectUri: string;
  /** The employee code and the password typed on the sign-in page. */
  code: string;
  password: string;
}

export interface SignedIn {
  config: oidc.Configuration;
  tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
}

/** The client's view of a provider (a confidential client with its secret), over plain HTTP on a development machine. */
export async function discover(issuer: string, clientId: string, secret?: string): Promise<oidc.Configuration> {
  const insecure = new URL(issuer).protocol === 'http:';
  const auth = secret ? oidc.ClientSecretBasic(secret) : oidc.None();
  return oidc.discovery(new URL(issuer), clientId, secret, auth, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
}

/**
 * Signs a person in with the authorization code flow and PKCE, exactly as a browser does: the
 * client (openid-client, a certified relying party) builds the request and redeems the code; the
 * steps between — following redirects, keeping the provider's cookies, filling in the sign-in
 * page — are done here over HTTP. `pnpm tokens` uses it, and so do the tests: no shortcut.
 */
export async function signInWithCode(signIn: SignIn): Promise<SignedIn> {
  const config = await discover(signIn.issuer, signIn.clientId);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const authorization = oidc.buildAuthorizationUrl(config, {
    redirect_uri: signIn.redirectUri,
    scope: 'openid profile offline_access',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    resource: GRAPH_RESOURCE,
  });
  const browser = new Browser();
  // The provider sends the browser to its sign-in page…
  let page = await browser.follow(authorization.href, signIn.redirectUri);
  const form = page.url.replace(/\/interaction\/([^/?]+).*/, '/interaction/$1/login');
  if (form === page.url) throw new Error(`expected the sign-in page, got ${page.url}`);
  // …the person fills it in, and is sent back to the client with a code.
  page = await browser.follow(form, signIn.redirectUri, new URLSearchParams({ code: signIn.code, password: signIn.password }));
  if (!page.url.startsWith(signIn.redirectUri)) throw new SignInRefused(page.status, page.body);
  const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url), { pkceCodeVerifier: verifier, expectedState: state });
  return { config, tokens };
}

/** The sign-in page refused (a wrong password): its status and what it said. */
export class SignInRefused extends Error {
  constructor(
    readonly status: number,
    readonly page: string,
  ) {
    super(`the provider refused the sign-in (HTTP ${status})`);
  }
}

/** Just enough of a browser: redirects followed by hand, cookies kept per name. */
class Browser {
  private readonly cookies = new Map<string, string>();

  /** Requests `url` (a form POST when `form` is given) and follows redirects until `stopAt` or a page. */
  async follow(url: string, stopAt: string, form?: URLSearchParams): Promise<{ url: string; status: number; body: string }> {
    let current = url;
    let body: URLSearchParams | undefined = form;
    for (let hops = 0; hops < 10; hops += 1) {
      const response = await fetch(current, {
        method: body ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body,
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair!.indexOf('=');
        this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location)
        return { url: current, status: response.status, body: await response.text() };
      await response.body?.cancel();
      current = new URL(location, current).href;
      body = undefined;
      if (current.startsWith(stopAt)) return { url: current, status: response.status, body: '' };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
