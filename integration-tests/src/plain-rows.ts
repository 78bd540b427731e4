import { plainRows, type SubgraphDatabase } from '@kpi/platform/database';
import { isDeepStrictEqual } from 'node:util';

/**
 * Where the plain rows of some entities (what read paths and kept rows use) differ from the
 * entities of the same rows, as `Entity.property: held ≠ read` — none when they agree. The first
 * 3,000 rows of each, in key order.
 */
export async function plainRowDifferences(orm: SubgraphDatabase['orm'], names: readonly string[]): Promise<string[]> {
  const differences: string[] = [];
  for (const name of names) {
    const meta = orm.getMetadata().getByClassName(name);
    const entity = meta.class as new () => object;
    const orderBy = { [meta.primaryKeys[0]!]: 'asc' } as never;
    const entities = await orm.em.fork().find(entity, {}, { orderBy, limit: 3000 });
    const rows = await plainRows(orm.em.fork(), entity, {}, { orderBy, limit: 3000 });
    if (rows.length !== entities.length) differences.push(`${name}: ${entities.length} entities, ${rows.length} rows`);
    for (const [i, row] of rows.entries())
      for (const prop of meta.props.filter((p) => p.persist !== false)) {
        const [held, read] = [(entities[i] as Record<string, unknown>)[prop.name], (row as Record<string, unknown>)[prop.name]];
        if (!isDeepStrictEqual(held, read)) differences.push(`${name}.${prop.name}: ${String(held)} ≠ ${String(read)}`);
      }
  }
  return differences;
}
