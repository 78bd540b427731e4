import { boundRows, plainRows, type SubgraphDatabase } from '@kpi/platform/database';
import { isDeepStrictEqual } from 'node:util';

/**
 * Where the plain rows of some entities (what read paths and kept rows use) differ from the
 * entities of the same rows, as `Entity.property: held ≠ read (form)` — none when they agree. Each
 * form read paths use is compared: the query builder's (plainRows), and rows by a condition in SQL,
 * bound (a large batch) and planned once per connection (a small one). The first 3,000 rows of
 * each, in key order.
 */
export async function plainRowDifferences(orm: SubgraphDatabase['orm'], names: readonly string[]): Promise<string[]> {
  const differences: string[] = [];
  for (const name of names) {
    const meta = orm.getMetadata().getByClassName(name);
    const entity = meta.class as new () => object;
    const key = meta.primaryKeys[0]!;
    const orderBy = { [key]: 'asc' } as never;
    const entities = await orm.em.fork().find(entity, {}, { orderBy, limit: 3000 });
    const column = meta.properties[key]!.fieldNames[0]!;
    const forms = {
      plain: await plainRows(orm.em.fork(), entity, {}, { orderBy, limit: 3000 }),
      bound: await boundRows(orm.em.fork(), entity, 'true', [], { batch: Infinity, orderBy: column, limit: 3000 }),
      planned: await boundRows(orm.em.fork(), entity, 'true', [], { batch: 1, orderBy: column, limit: 3000 }),
    };
    for (const [form, rows] of Object.entries(forms)) {
      if (rows.length !== entities.length) differences.push(`${name}: ${entities.length} entities, ${rows.length} rows (${form})`);
      for (const [i, row] of rows.entries())
        for (const prop of meta.props.filter((p) => p.persist !== false)) {
          const [held, read] = [(entities[i] as Record<string, unknown>)[prop.name], (row as Record<string, unknown>)[prop.name]];
          if (!isDeepStrictEqual(held, read)) differences.push(`${name}.${prop.name}: ${String(held)} ≠ ${String(read)} (${form})`);
        }
    }
  }
  return differences;
}
