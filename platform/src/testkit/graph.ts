import { composeServices } from '@apollo/composition';
import type { CryptoKey } from 'jose';
import { parse } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import type { QueryCounter } from '../database/orm.js';
import type { Identity } from '../identity/identity.js';
import type { Language } from '../i18n/language.js';
import { generateKeyRing, type KeyRing } from '../identity/keys.js';
import {
  signGatewayAssertion,
  signServiceAssertion,
  signUserToken,
  IDENTITY_HEADER,
  type SubgraphRequestBody,
} from '../identity/tokens.js';
import type { RunningServer } from '../server/http.js';
import { buildSubgraphSchemaOf, startSubgraph, type StartedSubgraph, type SubgraphDefinition } from '../server/subgraph.js';
import { createTestDatabase } from './database.js';

export interface TestGraph {
  gatewayUrl: string;
  /** The contract endpoint integration clients call (`/partner/graphql`). */
  partnerUrl: string;
  keys: KeyRing;
  databaseUrl: string;
  subgraphs: Map<string, StartedSubgraph>;
  /**
   * A client of the gateway acting as `identity` (no identity: no token), signed in; an
   * integration client calls the contract endpoint, as the gateway requires. A person's
   * roles and scope are the records' (the gateway reads them at sign-in): the graph's `records`
   * first makes them say what `identity` holds.
   */
  /** A client of the gateway signed in as `identity`, asking in `language` (English unless told). */
  as(identity?: Identity, language?: Language): Promise<GraphQLClient>;
  /** A bearer token for `identity`, the records made to agree first (as `as` does). */
  token(identity: Identity, expiresIn?: string | number): Promise<string>;
  /** A client of the gateway with a raw Authorization header. */
  withAuthorization(header: string): GraphQLClient;
  /** A client calling a subgraph directly, bypassing the gateway, with an optional raw assertion. */
  direct(subgraph: string, assertion?: string): GraphQLClient;
  /**
   * A client calling a subgraph directly as the gateway would: each request gets a genuine gateway
   * assertion made for that subgraph and that body (for `_entities`). `onSigned` sees each one.
   */
  directAs(subgraph: string, identity: Identity, onSigned?: (assertion: string) => void): Promise<GraphQLClient>;
  /** The same as one of the graph's own subgraphs (`service`), asking as itself. */
  directAsService(subgraph: string, service: string): GraphQLClient;
  /** A client calling a subgraph directly, each request's assertion made by `sign` from its body. */
  directSigned(subgraph: string, sign: (body: SubgraphRequestBody) => Promise<string>): GraphQLClient;
  queries(subgraph: string): QueryCounter;
  stop(): Promise<void>;
}

/** What the test graph needs of the gateway: its start function (`startGateway` of `@kpi/gateway`). */
export type StartGateway = (options: {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  issuerPublicKey: CryptoKey;
  gatewayPrivateKey: CryptoKey;
  gatewayPublicKey: CryptoKey;
  port?: number;
}) => Promise<RunningServer>;

/**
 * Makes the province's records say what a test identity holds — the person exists and is in
 * service, with grants for the granted roles — before a token names them: the gateway takes a
 * person's roles from the records, never from the token. Supplied by whoever knows the records
 * (the integration tests know personnel's); without one, tokens name people as they are.
 */
export interface AccessRecords {
  record(identity: Identity): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts what users get: the given subgraphs on their own fresh database and the real gateway
 * over a supergraph composed from their SDL, all on free ports, with fresh signing keys. The
 * gateway comes from the caller (the platform is the floor: it imports no gateway).
 */
export async function startTestGraph(
  definitions: SubgraphDefinition<unknown>[],
  startGateway: StartGateway,
  accessRecords?: (databaseUrl: string) => AccessRecords,
  /** More of the gateway's options (a fixed port, GraphiQL and its sign-in), passed through as given. */
  gatewayOptions: Record<string, unknown> = {},
): Promise<TestGraph> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const keys = await generateKeyRing();
  const database = await createTestDatabase();
  const subgraphs = new Map<string, StartedSubgraph>();
  let gateway: RunningServer | undefined;
  try {
    // One map for all: each subgraph's URL (a free port) is known once it has started, and every
    // subgraph reaches every other, whichever order they started in — as under `pnpm start`.
    const peerUrls: Record<string, string> = {};
    for (const definition of definitions) {
      const started = await startSubgraph(definition, {
        databaseUrl: database.url,
        gatewayPublicKey: keys.gateway.publicKey,
        service: keys.service,
        port: 0,
        peerUrls,
      });
      subgraphs.set(definition.name, started);
      peerUrls[definition.name] = started.server.url;
    }
    const services = await Promise.all(
      definitions.map(async (definition) => ({
        name: definition.name,
        url: subgraphs.get(definition.name)!.server.url,
        typeDefs: parse((await buildSubgraphSchemaOf(definition)).sdl),
      })),
    );
    const composed = composeServices(services);
    if (composed.errors?.length) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
    gateway = await startGateway({
      supergraphSdl: composed.supergraphSdl!,
      subgraphUrls: Object.fromEntries(services.map((s) => [s.name, s.url])),
      issuerPublicKey: keys.issuer.publicKey,
      gatewayPrivateKey: keys.gateway.privateKey!,
      gatewayPublicKey: keys.gateway.publicKey,
      port: 0,
      ...gatewayOptions,
    });
  } catch (error) {
    for (const started of subgraphs.values()) await started.stop();
    await database.drop();
    throw error;
  }
  const gatewayUrl = gateway.url;
  const partnerUrl = gatewayUrl.replace(/\/graphql$/, '/partner/graphql');
  // A graph of some subgraphs only may tag nothing for third parties: then clients call /graphql (and are refused there).
  const hasPartner = (await fetch(partnerUrl, { method: 'POST' })).status !== 404;
  const records = accessRecords?.(database.url);
  const token = async (identity: Identity, expiresIn?: string | number) => {
    await records?.record(identity);
    return signUserToken(identity, keys.issuer.privateKey!, expiresIn);
  };
  return {
    gatewayUrl,
    partnerUrl,
    keys,
    databaseUrl: database.url,
    subgraphs,
    async as(identity, language = TEST_LANGUAGE) {
      if (!identity) return new GraphQLClient(gatewayUrl, { headers: { 'accept-language': language } });
      const url = identity.kind === 'client' && hasPartner ? partnerUrl : gatewayUrl;
      const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${await token(identity)}`, 'accept-language': language } });
      // Signed in, as a person is before they work: the gateway reads their access on this first
      // request and remembers it, so what a test counts afterwards (SQL statements) is its own.
      // (A client in a graph with no partner contract is refused on /graphql: the test sees that.)
      if (url !== gatewayUrl || identity.kind !== 'client') await client.request('{ __typename }');
      return client;
    },
    token,
    withAuthorization: (header) => new GraphQLClient(gatewayUrl, { headers: { authorization: header, 'accept-language': TEST_LANGUAGE } }),
    direct: (name, assertion) =>
      new GraphQLClient(subgraphs.get(name)!.server.url, {
        headers: { 'accept-language': TEST_LANGUAGE, ...(assertion ? { [IDENTITY_HEADER]: assertion } : {}) },
      }),
    async directAs(name, identity, onSigned) {
      return signingClient(subgraphs.get(name)!.server.url, async (body) => {
        const assertion = await signGatewayAssertion(identity, keys.gateway.privateKey!, { audience: name, body });
        onSigned?.(assertion);
        return assertion;
      });
    },
    directAsService: (name, service) =>
      signingClient(subgraphs.get(name)!.server.url, (body) =>
        signServiceAssertion(service, keys.service.privateKey!, { audience: name, body }),
      ),
    directSigned: (name, sign) => signingClient(subgraphs.get(name)!.server.url, sign),
    queries: (name) => subgraphs.get(name)!.database.queries,
    async stop() {
      await records?.close();
      await gateway?.close();
      for (const started of subgraphs.values()) await started.stop();
      await database.drop();
    },
  };
}

/**
 * The test kit's clients ask in English unless told otherwise (`as(identity, 'vi')`): the suites
 * read the graph's messages in English; the catalogue's tests and the Vietnamese ones ask for vi.
 */
export const TEST_LANGUAGE: Language = 'en';

/** A client whose every request carries an assertion made for its body, as subgraphs require. */
function signingClient(url: string, sign: (body: SubgraphRequestBody) => Promise<string>): GraphQLClient {
  return new GraphQLClient(url, {
    requestMiddleware: async (request) => {
      const body = JSON.parse(String(request.body)) as SubgraphRequestBody;
      const headers = new Headers(request.headers as ConstructorParameters<typeof Headers>[0]);
      headers.set(IDENTITY_HEADER, await sign(body));
      headers.set('accept-language', TEST_LANGUAGE);
      return { ...request, headers };
    },
  });
}

/** The GraphQL errors of a failed request, or an empty list when it succeeded. */
export async function errorsOf(
  request: Promise<unknown>,
): Promise<{ message: string; extensions?: { code?: string; [key: string]: unknown } }[]> {
  try {
    await request;
    return [];
  } catch (error) {
    const response = (error as { response?: { errors?: { message: string; extensions?: { code?: string } }[] } }).response;
    if (response?.errors) return response.errors;
    throw error;
  }
}

/** The `extensions.code` of the error a rule throws, or null when it throws none. */
export function codeOf(rule: () => unknown): string | null | undefined {
  try {
    rule();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}
