import { AxePuppeteer } from '@axe-core/puppeteer';
import {
  firstPartyClients,
  generateSigningKey,
  GRAPH_AUDIENCE,
  GRAPH_RESOURCE,
  startIdentityProvider,
  type RunningIdentityProvider,
} from '@kpi/identity';
import type { SubgraphDefinition } from '@kpi/platform';
import { freePort } from '@kpi/platform/testkit';
import chromium from '@sparticuz/chromium';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemoWorld, type DemoWorld } from './world.js';

/** The password of every person at the test identity provider. */
export const WEB_PASSWORD = 'demo-password';
const webRoot = join(import.meta.dirname, '../../web');

/** The files a build of the web app is made from, hashed: a changed file means a new build. */
function sourceHash() {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else hash.update(path).update(readFileSync(path));
  };
  for (const path of ['src', 'index.html', 'vite.config.ts', 'package.json']) walk(join(webRoot, path));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The web app built as a province deploys it (static files), once per source: test files running
 * side by side share the build (written to a folder of its own, then renamed into place). Vite runs
 * in a process of its own, as `pnpm start` runs it (it does not run inside jest's VM modules).
 */
export function buildWebApp(): string {
  const outDir = join(tmpdir(), `kpi-web-build-${sourceHash()}`);
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  const building = `${outDir}.${process.pid}`;
  execFileSync(
    process.execPath,
    [join(webRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: webRoot },
  );
  try {
    renameSync(building, outDir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker got there first: same files
  }
  return outDir;
}

export interface WebWorld {
  world: DemoWorld;
  provider: RunningIdentityProvider;
  browser: Browser;
  /** The app's origin (the gateway's). */
  app: string;
  /**
   * A new tab in a browser context of its own (its own cookies and storage: one person, signed in
   * separately), whose clock runs from `now` (the world's by default), so that its today is the graph's.
   */
  newPage(now?: string): Promise<Page>;
  /** Signs a person in on `page` (by employee code, at the identity provider) and waits for the app. */
  signIn(page: Page, employeeCode: string): Promise<void>;
  /** axe-core's WCAG 2.1 A/AA violations on the page as it stands, one line each (empty when none). */
  audit(page: Page): Promise<string[]>;
  /** Saves a screenshot for the docs when `KPI_SCREENSHOTS` names a folder (`pnpm screenshots`). */
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The demo province behind the real gateway serving the built web app, a real identity provider
 * signing people in, and a real Chromium (the one `@sparticuz/chromium` ships).
 */
export async function startWebWorld(options: {
  now: string;
  employees?: number;
  diaryMonths?: number;
  extra?: SubgraphDefinition<unknown>[];
}): Promise<WebWorld> {
  const root = buildWebApp();
  const [gatewayPort, providerPort] = [await freePort(), await freePort()];
  const app = `http://localhost:${gatewayPort}`;
  const provider = await startIdentityProvider({
    port: providerPort,
    jwks: { keys: [await generateSigningKey()] },
    clients: firstPartyClients({ gateway: app, web: 'http://localhost:5173' }),
    password: WEB_PASSWORD,
  });
  process.env.KPI_OIDC_ISSUERS = JSON.stringify([
    { issuer: provider.issuer, audience: GRAPH_AUDIENCE, employee: { claim: 'sub', by: 'code' } },
  ]);
  let world: DemoWorld | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    delete process.env.KPI_OIDC_ISSUERS;
    await browser?.close();
    await provider.close();
    await world?.stop();
  };
  try {
    world = await startDemoWorld({
      now: options.now,
      employees: options.employees ?? 200,
      diaryMonths: options.diaryMonths,
      extra: options.extra,
      gateway: { port: gatewayPort, web: { root, signIn: { issuer: provider.issuer, clientId: 'kpi-web', resource: GRAPH_RESOURCE } } },
    });
    // Not in one process (the package's setting for serverless functions): each person's tab gets a
    // browser context of its own, which a single-process Chromium cannot open.
    const args = chromium.args.filter((arg) => arg !== '--single-process');
    browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args, headless: true });
  } catch (failure) {
    await stop();
    throw failure;
  }
  return {
    world,
    provider,
    browser,
    app,
    async newPage(at = options.now) {
      const context = await browser!.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluateOnNewDocument((at: number) => {
        const offset = at - Date.now();
        const realNow = Date.now.bind(Date);
        Date.now = () => realNow() + offset;
      }, Date.parse(at));
      return page;
    },
    async signIn(page, employeeCode) {
      await page.goto(`${app}/`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#sign-in');
      await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
      await page.type('#login [name=code]', employeeCode);
      await page.type('#login [name=password]', WEB_PASSWORD);
      await Promise.all([page.waitForNavigation(), page.click('#login button[type=submit]')]);
      await page.waitForSelector('nav #nav-today');
    },
    async audit(page) {
      const result = await new AxePuppeteer(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    async screenshot(page, name) {
      const folder = process.env.KPI_SCREENSHOTS;
      if (!folder) return;
      mkdirSync(folder, { recursive: true });
      await page.screenshot({ path: join(folder, `${name}.png`) as `${string}.png`, fullPage: true });
    },
    stop,
  };
}
