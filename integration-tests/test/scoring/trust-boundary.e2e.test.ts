/**
 * The subgraph trust boundary, for every subgraph and every entity type the graph has: a caller
 * who holds a genuine assertion (as if captured from the gateway's traffic) cannot use it to ask a
 * subgraph anything else — another body (forged `_entities` representations), another subgraph,
 * or the same request a second time. Driven by the subgraphs' own SDL, so an entity type or a
 * subgraph added later is covered without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalogue } from '@kpi/catalogue';
import { diary } from '@kpi/diary';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';
import { personnel } from '@kpi/personnel';
import {
  buildSubgraphSchemaOf,
  IDENTITY_HEADER,
  signGatewayAssertion,
  signServiceAssertion,
  type Identity,
  type SubgraphDefinition,
  type SubgraphRequestBody,
} from '@kpi/platform';
import { Kind, parse, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { errorsOf } from '@kpi/platform/testkit';
import { scoring } from '@kpi/scoring';

const NOW = '2026-11-20T10:00:00+07:00';
const definitions: SubgraphDefinition<unknown>[] = [personnel, catalogue, diary, scoring];
let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring], employees: 120 });
});
afterAll(() => world?.stop());

interface Posted {
  status: number;
  codes: (string | undefined)[];
  data: unknown;
}

/** A raw POST to a subgraph, as an attacker on the network would send it. */
async function post(subgraph: string, body: SubgraphRequestBody, assertion: string): Promise<Posted> {
  const response = await fetch(world.graph.subgraphs.get(subgraph)!.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: assertion },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (json.errors ?? []).map((e) => e.extensions?.code), data: json.data };
}

const named = (type: TypeNode): { name: string; list: boolean } =>
  type.kind === Kind.NON_NULL_TYPE
    ? named(type.type)
    : type.kind === Kind.LIST_TYPE
      ? { name: named(type.type).name, list: true }
      : { name: type.name.value, list: false };

/**
 * For each entity type a subgraph resolves, a representation whose key and @external fields the
 * attacker wrote: someone else's id, and their own agency / unit / themselves as the facts that
 * access rules look at.
 */
async function forgedRepresentations(definition: SubgraphDefinition<unknown>, attacker: Identity, victimId: string) {
  const sdl = parse((await buildSubgraphSchemaOf(definition)).sdl);
  const entities = sdl.definitions.filter(
    (node): node is ObjectTypeDefinitionNode =>
      (node.kind === Kind.OBJECT_TYPE_DEFINITION || (node.kind as string) === Kind.OBJECT_TYPE_EXTENSION) &&
      Boolean((node as ObjectTypeDefinitionNode).directives?.some((d) => d.name.value === 'key')),
  );
  return entities.map((type) => {
    const representation: Record<string, unknown> = { __typename: type.name.value, id: victimId };
    for (const field of type.fields ?? []) {
      if (!field.directives?.some((d) => d.name.value === 'external')) continue;
      const { name, list } = named(field.type);
      const value = /agency|parent/i.test(field.name.value)
        ? attacker.agencyIds[0]
        : /division|unit/i.test(field.name.value)
          ? attacker.unitIds[0]
          : name === 'ID'
            ? attacker.employeeId
            : null;
      representation[field.name.value] = list ? [value, victimId] : value;
    }
    return representation;
  });
}

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const honest = (n: number): SubgraphRequestBody => ({ query: `query Honest${n} { __typename }` });

describe('the subgraph trust boundary', () => {
  it('every subgraph refuses forged representations under a captured assertion, for every entity type it resolves', async () => {
    const attacker = world.user('unit-head');
    const victim = world.province.employees.find((e) => e.agencyId !== attacker.agencyIds[0])!;
    let attempts = 0;
    for (const definition of definitions) {
      const representations = await forgedRepresentations(definition, attacker, victim.id);
      expect(representations.length).toBeGreaterThan(0);
      for (const [index, representation] of representations.entries()) {
        // A genuine assertion the gateway made for a harmless request of the attacker's own…
        const body = honest(index);
        const captured = await signGatewayAssertion(attacker, world.graph.keys.gateway.privateKey!, { audience: definition.name, body });
        // …carried with another body: forged representations.
        const forged = await post(definition.name, { query: ENTITIES, variables: { r: [representation] } }, captured);
        expect({ type: representation.__typename, subgraph: definition.name, ...forged }).toMatchObject({
          status: 401,
          codes: ['UNAUTHENTICATED'],
          data: undefined,
        });
        attempts += 1;
        // The honest request it was made for still goes through, once: the refusal above is the binding.
        expect(await post(definition.name, body, captured)).toMatchObject({ status: 200, codes: [] });
        expect(await post(definition.name, body, captured)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
      }
    }
    expect(attempts).toBeGreaterThanOrEqual(10);
  });

  it('an assertion made for one subgraph is refused by every other', async () => {
    const caller = world.user('province-admin');
    for (const made of definitions) {
      const body = { query: ENTITIES, variables: { r: [] } };
      for (const other of definitions.filter((d) => d !== made)) {
        const assertion = await signGatewayAssertion(caller, world.graph.keys.gateway.privateKey!, { audience: made.name, body });
        expect(await post(other.name, body, assertion)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
      }
    }
  });

  it('the graph’s own services are bound the same way, and cannot carry a caller’s assertion to another body', async () => {
    const keys = world.graph.keys;
    const body = honest(99);
    const service = await signServiceAssertion('scoring', keys.service.privateKey!, { audience: 'diary', body });
    const forgedBody = { query: ENTITIES, variables: { r: [{ __typename: 'Employee', id: world.user('staff').employeeId }] } };
    expect(await post('diary', forgedBody, service)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect(await post('personnel', body, service)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect(await post('diary', body, service)).toMatchObject({ status: 200, codes: [] });
    expect(await post('diary', body, service)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    // A caller's assertion taken from a request to the diary, wrapped by a service for personnel:
    // only the subgraph it was made for (the diary) may speak for that caller.
    const toDiary = await signGatewayAssertion(world.user('staff'), keys.gateway.privateKey!, { audience: 'diary', body });
    const relayed = await signServiceAssertion('catalogue', keys.service.privateKey!, { audience: 'personnel', body, onBehalfOf: toDiary });
    expect(await post('personnel', body, relayed)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    const genuine = await signServiceAssertion('diary', keys.service.privateKey!, { audience: 'personnel', body, onBehalfOf: toDiary });
    expect(await post('personnel', body, genuine)).toMatchObject({ status: 200, codes: [] });
  });

  it('a subgraph answers POST only: a GET with a genuine assertion gets nothing', async () => {
    const body = honest(7);
    for (const definition of definitions) {
      const assertion = await signGatewayAssertion(world.user('staff'), world.graph.keys.gateway.privateKey!, {
        audience: definition.name,
        body,
      });
      const url = new URL(world.graph.subgraphs.get(definition.name)!.server.url);
      url.searchParams.set('query', String(body.query));
      const response = await fetch(url, {
        headers: { [IDENTITY_HEADER]: assertion, 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(401);
    }
  });

  it('through the gateway, the same cross-agency reads are decided on personnel’s facts, not the caller’s', async () => {
    const attacker = world.user('unit-head');
    const victim = world.province.employees.find((e) => e.agencyId !== attacker.agencyIds[0])!;
    const client = await world.graph.as(attacker);
    const errors = await errorsOf(
      client.request(`query ($id: ID!) { employee(id: $id) { diaryEntries(from: "2026-11-01", to: "2026-11-19") { id } } }`, {
        id: victim.id,
      }),
    );
    expect(errors.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});
