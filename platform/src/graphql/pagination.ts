import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DomainError, ErrorCode, said } from '../errors.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: 'Relay page information' })
@Directive('@shareable') // every subgraph with lists declares it
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string;
}

/** A keyset position: the sort value and the id of the last row seen. */
export type CursorPosition = [value: string | number | null, id: string];

export const encodeCursor = (position: CursorPosition) => Buffer.from(JSON.stringify(position)).toString('base64url');

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') return value as CursorPosition;
  } catch {
    // fall through to the coded error
  }
  throw new DomainError(ErrorCode.INVALID_CURSOR, said.badCursor(), {
    field: 'after',
  });
}

export function pageSize(first: number | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.pageSize({ max: MAX_PAGE_SIZE }), { field: 'first' });
  return first;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a page from `size + 1` fetched rows: the extra row only says whether another page exists. */
export function toPage<T>(
  rows: T[],
  size: number,
  totalCount: number,
  positionOf: (row: T) => CursorPosition,
  hadCursor: boolean,
): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType) node: T;
    @Field() cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors' }) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many match the filter, across all pages' }) totalCount: number;
  }
  return ConnectionType;
}
