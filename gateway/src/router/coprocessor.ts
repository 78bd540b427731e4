import {
  ACCESS_CHANGED_HEADER,
  createLogger,
  createServiceMetrics,
  DURATION_BUCKETS,
  IDENTITY_HEADER,
  liveness,
  listen,
  metricsEndpoint,
  REQUEST_ID_HEADER,
  serverApp,
  signGatewayAssertion,
  signInFirst,
  inLanguage,
  negotiateLanguage,
  type Logger,
  type RunningServer,
  type SubgraphRequestBody,
} from '@kpi/platform';
import express from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { CryptoKey } from 'jose';
import { Histogram } from 'prom-client';
import type { AccessDirectory } from '../access.js';
import { bearerOf, callerOf, isIntrospectionOnly } from '../identity.js';
import { Issuers, oidcIssuersFromEnv, type OidcIssuer } from '../issuers.js';
import { gatewayKeySet } from '../jwks.js';
import { introspectionPolicy, MAX_TOKENS, type IntrospectionPolicy } from '../limits/config.js';
import { asksSchema } from '../limits/introspection.js';
import { accessDirectory, PARTNER_PATH, subgraphAgent } from '../server.js';
import { CALLER_CONTEXT_KEY, openCaller, sealCaller } from './caller-seal.js';
import { headerOf, proceed, refuse, withHeader, type CoprocessorPayload } from './protocol.js';
import { said } from '../messages.js';

/** Where router.yaml (`coprocessor.url`) expects the coprocessor: beside the router, on loopback. */
export const COPROCESSOR_PORT = 4081;

export interface CoprocessorOptions {
  /** Subgraph name → URL: the coprocessor reads people's access from personnel, as the gateway does. */
  subgraphUrls: Record<string, string>;
  issuerPublicKey: CryptoKey;
  oidcIssuers?: OidcIssuer[];
  gatewayPrivateKey: CryptoKey;
  gatewayPublicKey: CryptoKey;
  port?: number;
  host?: string;
  access?: { subgraph?: string; cacheSeconds?: number; revisionMs?: number };
  introspection?: IntrospectionPolicy;
}

interface Stages {
  issuers: Issuers;
  access: AccessDirectory;
  introspection: IntrospectionPolicy;
  key: { privateKey: CryptoKey; publicKey: CryptoKey; keyId: string };
  logger: Logger;
}

/**
 * The identity step of the Node gateway, for the Apollo Router (router.yaml's `coprocessor`): the
 * router calls it at three stages of each client request.
 *
 * - RouterRequest: the caller's token is verified and the person's access read from the records,
 *   by the gateway's own code (Issuers, bearerOf, callerOf, AccessDirectory). The verified caller
 *   is sealed into the router's request context; a bad token, someone not in service, or no token
 *   for anything but the schema ends the request with the gateway's 401 (503 when the records are
 *   out of reach).
 * - SubgraphRequest: for each fetch of the query plan, the gateway assertion for that subgraph and
 *   that exact body (query, operationName, variables), signed with the gateway's key, in
 *   `x-kpi-identity` — what every subgraph already verifies. Nothing changes on their side.
 * - SubgraphResponse (personnel only): a change of someone's access that personnel reports drops
 *   what is cached of it, as the gateway does.
 */
export async function startCoprocessor(options: CoprocessorOptions): Promise<RunningServer> {
  const logger = createLogger('router-coprocessor');
  const keyId = (await gatewayKeySet(options.gatewayPublicKey)).keys[0]!.kid!;
  const agent = subgraphAgent();
  const stages: Stages = {
    issuers: new Issuers(options.issuerPublicKey, options.oidcIssuers ?? oidcIssuersFromEnv()),
    access: accessDirectory(options, agent, keyId),
    introspection: options.introspection ?? introspectionPolicy(),
    key: { privateKey: options.gatewayPrivateKey, publicKey: options.gatewayPublicKey, keyId },
    logger,
  };
  const metrics = createServiceMetrics('router-coprocessor');
  const timing = new Histogram({
    name: 'kpi_coprocessor_stage_duration_seconds',
    help: 'The router’s calls to the coprocessor, by stage and outcome (continue, or the status it ended the request with)',
    labelNames: ['stage', 'outcome'],
    buckets: DURATION_BUCKETS,
    registers: [metrics.registry],
  });

  const app = serverApp();
  app.get('/health/live', (_req, res) => {
    res.json(liveness('router-coprocessor'));
  });
  app.get('/metrics', metricsEndpoint(metrics));
  // The router sends a client request's body (≤ its limit) and a subgraph fetch's variables: roomy.
  app.post('/', express.json({ limit: '16mb' }), async (req, res, next) => {
    const payload = req.body as CoprocessorPayload;
    const stop = timing.startTimer({ stage: String(payload?.stage) });
    try {
      const answer = await answerStage(payload, stages);
      stop({ outcome: answer.control === 'continue' ? 'continue' : String(answer.control.break) });
      res.json(answer);
    } catch (error) {
      // A failed call: the router answers the client with an error of its own, and nothing is signed.
      stop({ outcome: 'failed' });
      logger.error({ err: error, stage: payload?.stage }, 'coprocessor stage failed');
      next(error);
    }
  });
  const running = await listen(app, options.port ?? COPROCESSOR_PORT, options.host ?? '127.0.0.1', '/');
  logger.info({ url: running.url }, 'router coprocessor ready');
  return {
    ...running,
    close: async () => {
      await running.close();
      await agent.close();
      stages.access.close();
      stages.issuers.stop();
    },
  };
}

async function answerStage(payload: CoprocessorPayload, stages: Stages): Promise<CoprocessorPayload> {
  if (payload?.version !== 1) throw new Error(`coprocessor protocol version ${String(payload?.version)} is not 1`);
  switch (payload.stage) {
    case 'RouterRequest':
      // Refusals at the door speak the caller's language, as the Node gateway's do.
      return inLanguage(negotiateLanguage(headerOf(payload.headers, 'accept-language')), () => signIn(payload, stages));
    case 'SubgraphRequest':
      return assertIdentity(payload, stages);
    case 'SubgraphResponse':
      return noticeAccessChanges(payload, stages);
    default:
      return proceed(payload);
  }
}

/** The caller at the door: verified and known to the records, or refused as the gateway refuses. */
async function signIn(payload: CoprocessorPayload, stages: Stages): Promise<CoprocessorPayload> {
  try {
    const bearer = await bearerOf(headerOf(payload.headers, 'authorization'), stages.issuers);
    if (!bearer) return anonymous(payload, stages.introspection);
    const caller = await callerOf(bearer, stages.access);
    if (caller.identity.kind === 'client')
      return refuse(payload, 403, {
        code: 'FORBIDDEN',
        message: said.partnerPathRouter({ path: PARTNER_PATH }),
      });
    if (stages.introspection === 'off' && asksSchemaAnywhere(payload)) return introspectionOff(payload);
    const seal = await sealCaller(caller.identity, payload.id, stages.key);
    return proceed(payload, { context: { entries: { [CALLER_CONTEXT_KEY]: seal } } });
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions?: Record<string, unknown> };
    if (extensions?.code === 'UNAUTHENTICATED') return refuse(payload, 401, { code: 'UNAUTHENTICATED', message });
    if (extensions?.code === 'SERVICE_UNAVAILABLE')
      return refuse(payload, 503, { code: 'SERVICE_UNAVAILABLE', message, extensions }, { 'retry-after': ['1'] });
    throw error;
  }
}

/** Without a token only the schema may be asked (and only where the policy allows it). */
function anonymous(payload: CoprocessorPayload, policy: IntrospectionPolicy): CoprocessorPayload {
  const operation = operationOf(payload);
  if (!operation || !isIntrospectionOnly(operation)) return refuse(payload, 401, { code: 'UNAUTHENTICATED', message: signInFirst() });
  if (policy === 'off') return introspectionOff(payload);
  if (policy === 'signed-in' && asksSchema(operation))
    return refuse(payload, 401, {
      code: 'UNAUTHENTICATED',
      message: said.schemaForSignedIn(),
    });
  return proceed(payload);
}

const introspectionOff = (payload: CoprocessorPayload) =>
  refuse(payload, 400, { code: 'GRAPHQL_VALIDATION_FAILED', message: said.introspectionOff() });

const asksSchemaAnywhere = (payload: CoprocessorPayload) => {
  const operation = operationOf(payload);
  return !operation || asksSchema(operation);
};

/**
 * The operation the client asks to run, from the JSON body (POST) or the query string (GET); null
 * when there is none to read (no query, a syntax error, more tokens than the gateway allows).
 */
function operationOf(payload: CoprocessorPayload): OperationDefinitionNode | null {
  let request: { query?: unknown; operationName?: unknown };
  try {
    if (payload.method === 'GET' || payload.body === undefined || payload.body === '') {
      const params = new URL(payload.path ?? '/', 'http://router').searchParams;
      request = { query: params.get('query'), operationName: params.get('operationName') };
    } else request = JSON.parse(String(payload.body)) as typeof request;
    if (typeof request.query !== 'string') return null;
    const operations = parse(request.query, { maxTokens: MAX_TOKENS }).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length === 1) return operations[0]!;
    return operations.find((operation) => operation.name?.value === request.operationName) ?? null;
  } catch {
    return null;
  }
}

/**
 * The assertion for one fetch of the plan, bound to the body the router is about to send: the
 * router serialises that body from the same value it showed here, so the subgraph's digest of what
 * it receives is the digest signed. The returned headers replace the fetch's, so they are the
 * router's own plus the assertion (and the request id, when no client gave one).
 */
async function assertIdentity(payload: CoprocessorPayload, stages: Stages): Promise<CoprocessorPayload> {
  if (!payload.serviceName) throw new Error('router.yaml must send service_name at the SubgraphRequest stage');
  const seal = payload.context?.entries?.[CALLER_CONTEXT_KEY];
  // No caller: nothing is asserted, and the subgraph refuses the fetch itself.
  if (seal === undefined) return proceed(payload);
  let identity;
  try {
    identity = await openCaller(seal, payload.id, stages.key.publicKey);
  } catch (error) {
    stages.logger.warn({ reason: (error as Error).message, subgraph: payload.serviceName }, 'sealed caller refused');
    return refuse(payload, 401, { code: 'UNAUTHENTICATED', message: signInFirst() });
  }
  const body = (payload.body ?? {}) as SubgraphRequestBody;
  const assertion = await signGatewayAssertion(identity, stages.key.privateKey, {
    keyId: stages.key.keyId,
    audience: payload.serviceName,
    body: { query: body.query, operationName: body.operationName, variables: body.variables },
  });
  let headers = withHeader(payload.headers, IDENTITY_HEADER, assertion);
  if (!headerOf(headers, REQUEST_ID_HEADER)) headers = withHeader(headers, REQUEST_ID_HEADER, payload.id);
  return proceed(payload, { headers });
}

/** Personnel says whose access a write changed: what is cached of them is dropped at once. */
function noticeAccessChanges(payload: CoprocessorPayload, stages: Stages): CoprocessorPayload {
  const changed = payload.serviceName === stages.access.subgraph ? headerOf(payload.headers, ACCESS_CHANGED_HEADER) : undefined;
  if (changed) stages.access.forget(changed.split(','));
  return proceed(payload);
}

export { CALLER_CONTEXT_KEY } from './caller-seal.js';
