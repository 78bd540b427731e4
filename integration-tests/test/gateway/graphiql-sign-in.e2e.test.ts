import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  firstPartyClients,
  generateSigningKey,
  GRAPH_AUDIENCE,
  GRAPH_RESOURCE,
  startIdentityProvider,
  type RunningIdentityProvider,
} from '@kpi/identity';
import { freePort } from '@kpi/platform/testkit';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { personnelWorld, type PersonnelWorld } from '../personnel/fixtures.js';

/**
 * A newcomer opens GraphiQL in a real browser (Chromium), presses "Sign in", signs in at the
 * identity provider's page, comes back signed in, and their queries carry their token; "Sign out"
 * ends it. Nothing pasted by hand.
 */
const PASSWORD = 'demo-password';
let world: PersonnelWorld;
let provider: RunningIdentityProvider;
let browser: Browser;
let page: Page;
let graphiql: string;

beforeAll(async () => {
  const [gatewayPort, providerPort] = [await freePort(), await freePort()];
  graphiql = `http://localhost:${gatewayPort}/graphql`;
  provider = await startIdentityProvider({
    port: providerPort,
    jwks: { keys: [await generateSigningKey()] },
    clients: firstPartyClients({ gateway: `http://localhost:${gatewayPort}`, web: 'http://localhost:5173' }),
    password: PASSWORD,
  });
  process.env.KPI_OIDC_ISSUERS = JSON.stringify([
    { issuer: provider.issuer, audience: GRAPH_AUDIENCE, employee: { claim: 'sub', by: 'code' } },
  ]);
  world = await personnelWorld(150, {
    port: gatewayPort,
    ide: true,
    ideSignIn: { issuer: provider.issuer, clientId: 'kpi-graphiql', redirectUri: graphiql, resource: GRAPH_RESOURCE },
  });
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  page = await browser.newPage();
}, 120_000);
afterAll(async () => {
  delete process.env.KPI_OIDC_ISSUERS;
  await browser?.close();
  await provider?.close();
  await world?.graph.stop();
});

const bar = () => page.$eval('#kpi-sign-in', (element) => element.textContent ?? '');
/** A query as GraphiQL sends it: through the page's fetch, to /graphql, with no header of its own. */
const queryFromPage = () =>
  page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { code } }' }),
    });
    return { status: response.status, body: await response.json() };
  });

describe('GraphiQL signs in at the identity provider', () => {
  it('signs in by the code flow in the browser; its requests then carry the person’s token', async () => {
    const staff = world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
    await page.goto(graphiql, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#kpi-sign-in button');
    expect(await bar()).toMatch(/not signed in/);
    expect((await queryFromPage()).status).toBe(401);

    await Promise.all([page.waitForNavigation(), page.click('#kpi-sign-in button')]);
    expect(page.url()).toMatch(new RegExp(`^${provider.issuer}/interaction/`));
    await page.type('#login [name=code]', staff.code);
    await page.type('#login [name=password]', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('#login button[type=submit]')]);
    await page.waitForFunction((code) => document.querySelector('#kpi-sign-in')?.textContent?.includes(code), {}, staff.code);
    expect(page.url()).toBe(graphiql); // the code and state are gone from the address bar

    expect(await queryFromPage()).toEqual({ status: 200, body: { data: { me: { code: staff.code } } } });
  });

  it('signs out: the provider’s session ends and requests go without a token again', async () => {
    await Promise.all([page.waitForNavigation(), page.click('#kpi-sign-in button')]);
    // oidc-provider asks the person to confirm signing out of the provider.
    await Promise.all([page.waitForNavigation(), page.click('button[name=logout][value=yes]')]);
    await page.waitForSelector('#kpi-sign-in button');
    expect(page.url()).toBe(graphiql);
    expect(await bar()).toMatch(/not signed in/);
    expect((await queryFromPage()).status).toBe(401);
    // Signing in again asks for the password: the provider's session was ended, not just the tab's.
    await Promise.all([page.waitForNavigation(), page.click('#kpi-sign-in button')]);
    expect(await page.$('#login [name=password]')).not.toBeNull();
  });
});
