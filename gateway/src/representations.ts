/**
 * An entity fetch names one representation per place the entity occurs in the answer so far:
 * a month's ~150 diary entries name their ~30 work items 150 times, and Apollo Gateway sends all
 * 150 — to be signed, sent, resolved and answered each time. Each distinct representation is
 * sent once here, and its answer (or error) put back at every place that named it; the subgraph
 * sees, and the assertion's digest covers, the body actually sent.
 */
export interface Deduplicated {
  /** The request's variables with each distinct representation once. */
  variables: Record<string, unknown>;
  /** For each representation asked by the query plan, the index of the one sent for it. */
  sentFor: number[];
}

/** Null when there is nothing to gain: no representations, or none named twice. */
export function deduplicate(request: { variables?: Record<string, unknown> }): Deduplicated | null {
  const representations = request.variables?.representations;
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const indexOf = new Map<string, number>();
  const unique: unknown[] = [];
  const sentFor = representations.map((representation) => {
    // The gateway builds every representation of one fetch from the same selection, so equal
    // representations print their keys in the same order.
    const key = JSON.stringify(representation);
    let index = indexOf.get(key);
    if (index === undefined) {
      index = unique.push(representation) - 1;
      indexOf.set(key, index);
    }
    return index;
  });
  if (unique.length === representations.length) return null;
  return { variables: { ...request.variables, representations: unique }, sentFor };
}

/** A JSON value copied, so that no two places in the answer share an object the gateway merges into. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = copyOf(inner);
    return copy;
  }
  return value;
}

/** The subgraph's answer to the distinct representations, spread back over every place that named one. */
interface Answer {
  data?: Record<string, unknown> | null;
  errors?: readonly { path?: readonly (string | number)[] }[];
}

export function expand<R extends Answer>(response: R, { sentFor }: Deduplicated): R {
  const entities = response.data?._entities;
  const seen = new Set<number>();
  const data = Array.isArray(entities)
    ? {
        ...response.data,
        _entities: sentFor.map((index) => {
          const entity = entities[index] ?? null;
          if (!seen.has(index)) {
            seen.add(index);
            return entity;
          }
          return copyOf(entity);
        }),
      }
    : response.data;
  const placesOf = new Map<number, number[]>();
  sentFor.forEach((sent, place) => placesOf.set(sent, [...(placesOf.get(sent) ?? []), place]));
  const errors = response.errors?.flatMap((error) => {
    const [head, index, ...rest] = error.path ?? [];
    if (head !== '_entities' || typeof index !== 'number') return [error];
    return (placesOf.get(index) ?? [index]).map((place) => ({ ...error, path: ['_entities', place, ...rest] }));
  });
  return { ...response, data, ...(errors ? { errors } : {}) };
}
