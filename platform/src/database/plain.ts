import type { EntityData, EntityMetadata, EntityProperty, FilterQuery, Platform, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from './bound.js';
import { executePlanned, PLANNED_BATCH } from './planned.js';

/**
 * Rows of an entity as plain objects: its property names, the values its entities would hold
 * (decimals as numbers…), but no entity instances — no identity map, no change tracking. MikroORM
 * 7 builds an entity by defining every property on the instance; for a month's diary entries that
 * costs about three times the statement itself (206 rows: 6.4 ms of CPU hydrated, 1.9 ms plain,
 * measured on the demo province). For read paths whose rows are only shown, never changed and
 * flushed; the statement is counted like every other.
 */
export async function plainRows<T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number } = {},
): Promise<EntityData<T>[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  const converted = convertedOf(em.getMetadata().get(entity));
  const platform = em.getPlatform();
  for (const row of rows) for (const prop of converted) row[prop.name] = jsValue(prop, row[prop.name], platform);
  return rows as EntityData<T>[];
}

/**
 * Plain rows made values of their entity — its class, so its getters and `instanceof` hold — yet
 * managed by no ORM: rows kept between requests (KeptOwnRows) or only read (lists), never flushed.
 */
export function asEntities<T extends object>(entity: new () => T, rows: readonly EntityData<T>[]): T[] {
  return rows.map((row) => Object.assign(new entity(), row));
}

/**
 * plainRows where `condition` holds — the entity's columns and `$1…` parameters, e.g.
 * `employee_id = any($1::uuid[]) and work_date between $2 and $3` — its parameters bound, never
 * written into the text: the ORM's query builder writes each batch's values into the statement,
 * so PostgreSQL parsed and planned every one of them anew. A small `batch` (up to PLANNED_BATCH:
 * one person's month, a short page) runs planned once per connection (executePlanned); a larger
 * one is planned for its values.
 */
export async function boundRows<T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  condition: string,
  parameters: readonly unknown[],
  options: { batch: number; orderBy?: string; limit?: number },
): Promise<EntityData<T>[]> {
  const shape = shapeOf(em.getMetadata().get(entity), em.config.get('schema'));
  const sql =
    `select ${shape.columns} from ${shape.table} where ${condition}` +
    (options.orderBy ? ` order by ${options.orderBy}` : '') +
    (options.limit !== undefined ? ` limit ${Math.trunc(options.limit)}` : '');
  const rows =
    options.batch <= PLANNED_BATCH
      ? await executePlanned<Record<string, unknown>>(em, sql, parameters)
      : await executeBound<Record<string, unknown>>(em, sql, parameters);
  const platform = em.getPlatform();
  for (const row of rows) {
    for (const prop of shape.converted) row[prop.name] = jsValue(prop, row[prop.name], platform);
    // Timestamps come as text (the ORM's type parsers); its result mapper makes them dates.
    for (const prop of shape.dates) if (typeof row[prop.name] === 'string') row[prop.name] = platform.parseDate(row[prop.name] as string);
  }
  return rows as EntityData<T>[];
}

/** An entity's table and its columns selected under their property names, made once. */
const shapes = new WeakMap<
  EntityMetadata,
  { schema: string | undefined; table: string; columns: string; converted: EntityProperty[]; dates: EntityProperty[] }
>();
function shapeOf(meta: EntityMetadata, defaultSchema: string | undefined) {
  let shape = shapes.get(meta);
  if (!shape || shape.schema !== defaultSchema) {
    const props = meta.props.filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1);
    shape = {
      schema: defaultSchema,
      table: [meta.schema ?? defaultSchema, meta.tableName]
        .filter(Boolean)
        .map((name) => `"${name}"`)
        .join('.'),
      columns: props.map((prop) => `"${prop.fieldNames[0]}" as "${prop.name}"`).join(', '),
      converted: convertedOf(meta),
      dates: props.filter((prop) => !prop.customType && prop.runtimeType === 'Date'),
    };
    shapes.set(meta, shape);
  }
  return shape;
}

/** The properties whose database value is turned into another JS value on the way in, as hydration does. */
const converters = new WeakMap<EntityMetadata, EntityProperty[]>();
function convertedOf(meta: EntityMetadata): EntityProperty[] {
  let props = converters.get(meta);
  if (!props) {
    props = meta.props.filter((prop) => prop.customType && prop.persist !== false);
    converters.set(meta, props);
  }
  return props;
}

const jsValue = (prop: EntityProperty, value: unknown, platform: Platform) =>
  value === null || value === undefined ? value : prop.customType!.convertToJSValue(value, platform);
