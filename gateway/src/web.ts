import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The web app the gateway serves: its static build, and the sign-in it is told at run time. */
export interface WebApp {
  /** The folder of `vite build` (web/dist). */
  root: string;
  /** Where the app signs people in: sent as /web-config.json, so one build serves any deployment. */
  signIn: { issuer: string; clientId: string; resource: string };
}

/**
 * Serves the web app on the graph's own origin (no CORS between the app and /graphql): its files,
 * its run-time configuration, and index.html for the app's own paths (/callback…). Hashed assets
 * are cached for a year; index.html never, so a new build is picked up at once. Files go out
 * compressed (gzip or brotli, as the browser accepts): a phone on a slow line downloads a third.
 */
export function webApp(web: WebApp): RequestHandler {
  const router = express.Router();
  router.use(compression());
  const index = join(web.root, 'index.html');
  router.get('/web-config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json(web.signIn);
  });
  router.use('/assets', express.static(join(web.root, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(web.root, { index: false, maxAge: 0 }));
  router.get(/^\/(?!graphql|partner|health|\.well-known).*/, (req, res, next) => {
    if (!req.accepts('html') || !existsSync(index)) return next();
    res.set('cache-control', 'no-store').sendFile(index);
  });
  return router;
}

/** The web app of this repository when it has been built (web/dist), signing in where GraphiQL does. */
export function webFromEnv(root: string, signIn: { issuer: string } | undefined): WebApp | undefined {
  if (!signIn || !existsSync(join(root, 'index.html'))) return undefined;
  return { root, signIn: { issuer: signIn.issuer, clientId: process.env.KPI_WEB_CLIENT_ID ?? 'kpi-web', resource: 'urn:kpi:graph' } };
}
