import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personnel } from '@kpi/personnel';
import { actor, errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { graphql } from '../../src/graphql/index.js';
import { startGraph } from '../../src/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph([personnel]);
});
afterAll(async () => {
  await graph?.stop();
});

describe('gateway operation limits', () => {
  it('refuses an operation nested deeper than 12 levels before it reaches a subgraph', async () => {
    const client = await graph.as(actor.provinceAnalyst());
    let selection = 'code';
    for (let i = 0; i < 14; i += 1) selection = `children { ${selection} }`;
    const queries = graph.queries('personnel');
    queries.reset();
    const [error] = await errorsOf(client.request(`{ orgTree { ${selection} } }`));
    expect(error!.message).toMatch(/depth/i);
    expect(error!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(queries.count).toBe(0);
  });

  it('refuses alias flooding', async () => {
    const client = await graph.as(actor.provinceAnalyst());
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: orgTree { code }`).join(' ');
    const [error] = await errorsOf(client.request(`{ ${aliases} }`));
    expect(error!.message).toMatch(/alias/i);
  });

  it('lets the usual introspection through (GraphiQL) and ordinary queries', async () => {
    const client = await graph.as(actor.provinceAnalyst());
    const { __schema } = await client.request(
      graphql(`
        query Limits__schema {
          __schema {
            types {
              name
              fields {
                name
                type {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(__schema.types.length).toBeGreaterThan(20);
    const { orgTree } = await client.request(
      graphql(`
        query LimitsOrgTree {
          orgTree {
            code
            children {
              code
            }
          }
        }
      `),
    );
    // The one agency is the test kit's root, where it placed the invented analyst.
    expect(orgTree).toEqual([{ code: 'TEST-ROOT', children: [] }]);
  });
});
