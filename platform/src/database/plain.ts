import type { EntityData, EntityMetadata, EntityProperty, FilterQuery, Platform, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, executePrepared } from './bound.js';
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

/**
 * New rows of an entity — values of its class with their defaults (asEntities) — inserted by one
 * statement whose one parameter is every row as JSON, read by PostgreSQL through the table's own
 * row type (`json_populate_recordset`), prepared once per connection (executePrepared) and counted
 * like every other statement. No unit of work: no identity map, no change sets — for a hot path
 * that adds many rows and changes none (a group of diary writes, whose rows the ORM's create and
 * flush took ~12 % of the diary's CPU to write). Triggers and constraints hold as for any insert.
 */
export async function insertPlain<T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  rows: readonly T[],
): Promise<void> {
  if (!rows.length) return;
  const { table, columns, json } = plainRecords(em, entity, rows);
  await executePrepared(em, `insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, $1::json)`, [
    json,
  ]);
}

/**
 * What insertPlain sends, for a statement that inserts under a condition of its own: the entity's
 * table, its columns, and the rows as the JSON `json_populate_recordset(null::<table>, …)` reads.
 */
export function plainRecords<T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  rows: readonly T[],
): { table: string; columns: string; json: string } {
  const meta = em.getMetadata().get(entity);
  const { table } = shapeOf(meta, em.config.get('schema'));
  const props = meta.props.filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1);
  const columns = props.map((prop) => `"${prop.fieldNames[0]}"`).join(', ');
  const platform = em.getPlatform();
  const records = rows.map((row) =>
    Object.fromEntries(
      props.map((prop) => {
        const value = (row as Record<string, unknown>)[prop.name];
        const stored =
          value === null || value === undefined ? null : prop.customType ? prop.customType.convertToDatabaseValue(value, platform) : value;
        return [prop.fieldNames[0]!, stored];
      }),
    ),
  );
  return { table, columns, json: JSON.stringify(records) };
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
