import type { EntityManager } from '@mikro-orm/postgresql';
import { OwnerRevision, type WatchedOwner } from './owned-facts.js';
import { readRevision } from './revision-watch.js';

interface KeptRows {
  revision: string;
  rows: Promise<unknown>;
}

/** What one database's subgraph keeps: its revision as last read and the rows kept under it, by name. */
interface PerDatabase {
  revision: OwnerRevision;
  kept: Map<string, KeptRows>;
}

/**
 * A subgraph's own rows that change a few times a year — the calendar's holidays, the versions
 * of a policy — kept in the process between requests under the subgraph's own revision
 * (`revisionSql` over their tables, `revisionNoticeSql`), as readers keep other domains' facts
 * (owned-facts.ts): a request reads the revision, or, where the subgraph hears its own notices on
 * the revision channel, not even that, instead of the rows themselves. The diary read its
 * calendar and policies three times for one staff dashboard (once for each of the gateway's and
 * scoring's calls), each a query built, sent and hydrated.
 *
 * Why nothing stale is served: the revision is read (or known unchanged) after the request
 * began, and rows are served only under the revision they were loaded under; rows loaded after a
 * revision was read are at least that new. Inside a transaction nothing is kept or served: the
 * transaction may have changed the rows and not committed yet. Kept per database (a test process
 * serves several graphs; the revision's epoch tells them apart too), and frozen: every request
 * shares them.
 */
export class KeptOwnRows {
  private readonly databases = new WeakMap<object, PerDatabase>();

  constructor(
    /** The subgraph's PostgreSQL schema, which holds its `revision` row. */
    private readonly schema: string,
    /** Its name on the revision channel (its subgraph's name). */
    private readonly owner = schema,
  ) {}

  /**
   * A reader of the rows for one request (its loaders make it): called with a name and a load, it
   * answers what is kept under that name and the current revision, or `load`'s answer, kept. The
   * revision is read once per request, on first use.
   */
  forRequest(em: EntityManager, watched: WatchedOwner | undefined) {
    let current: Promise<string> | undefined;
    // A request that writes (a mutation: its transactions, a flush of its own) may have moved the
    // revision itself: what it reads after a write is read under the revision as it is then, once
    // a round trip sent after the write has let its notice be heard.
    const written = () => {
      current = undefined;
      if (watched) watched.since = watched.watch.sent;
    };
    const transactional = em.transactional.bind(em);
    const flush = em.flush.bind(em);
    em.transactional = (async (...args: Parameters<typeof transactional>) => {
      try {
        return await transactional(...args);
      } finally {
        written();
      }
    }) as typeof em.transactional;
    em.flush = async () => {
      try {
        await flush();
      } finally {
        written();
      }
    };
    return <T>(name: string, load: () => Promise<T>): Promise<T> => {
      if (em.isInTransaction()) return load();
      const database = this.of(em);
      current ??= database.revision.current((announce) => readRevision(em, this.schema, announce, this.owner), watched);
      return current.then((revision) => {
        const kept = database.kept.get(name);
        if (kept?.revision === revision) return kept.rows as Promise<T>;
        const rows = load().then(frozen);
        database.kept.set(name, { revision, rows });
        // A failed load is not kept: the next request loads again.
        rows.catch(() => {
          if (database.kept.get(name)?.rows === rows) database.kept.delete(name);
        });
        return rows;
      });
    };
  }

  private of(em: EntityManager): PerDatabase {
    // One ORM (its configuration) per database and process: forks of it share the key.
    let database = this.databases.get(em.config);
    if (!database) {
      database = { revision: new OwnerRevision(), kept: new Map() };
      this.databases.set(em.config, database);
    }
    return database;
  }
}

/** A value frozen through its arrays and plain objects: rows shared by every request are read, never changed. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}
