import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DomainError, ErrorCode, said } from '../errors.js';
import { described } from '../i18n/descriptions.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: described('Where a page stands in its list (Relay)', 'Vị trí của một trang trong danh sách (Relay)') })
@Directive('@shareable') // every subgraph with lists declares it
export class PageInfo {
  @Field({
    description: described('Whether more follow: ask again with `after: endCursor`', 'Còn trang sau: hỏi tiếp với `after: endCursor`'),
  })
  hasNextPage: boolean;
  @Field({ description: described('Whether this page follows another', 'Trang này đứng sau một trang khác') })
  hasPreviousPage: boolean;
  @Field(() => String, {
    nullable: true,
    description: described('The cursor of the first edge; null on an empty page', 'Con trỏ của phần tử đầu; để trống khi trang rỗng'),
  })
  startCursor: string | null;
  @Field(() => String, {
    nullable: true,
    description: described(
      'The cursor of the last edge: pass it as `after` for the next page',
      'Con trỏ của phần tử cuối: truyền vào `after` để lấy trang sau',
    ),
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: described(
      `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
      `Số phần tử mỗi trang, tối đa ${MAX_PAGE_SIZE} (mặc định ${DEFAULT_PAGE_SIZE})`,
    ),
  })
  first?: number;

  @Field(() => String, { nullable: true, description: described('The endCursor of the previous page', '`endCursor` của trang trước') })
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
  @ObjectType(`${name}Edge`, { description: described(`One ${name} of a page, with its cursor`, `Một ${name} trong trang, kèm con trỏ`) })
  class Edge {
    @Field(() => nodeType, { description: described('The record', 'Bản ghi') }) node: T;
    @Field({ description: described('Where it stands in the list: pass it as `after`', 'Vị trí trong danh sách: truyền vào `after`') })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description: described(`A page of ${name} records`, `Một trang danh sách ${name}`) })
  class ConnectionType {
    @Field(() => [Edge], {
      description: described('The records of this page, each with its cursor', 'Các bản ghi của trang, mỗi bản ghi kèm con trỏ'),
    })
    edges: Edge[];
    @Field(() => [nodeType], {
      description: described(
        'The nodes of the edges, for clients that need no cursors',
        'Các bản ghi của trang, cho bên gọi không cần con trỏ',
      ),
    })
    nodes: T[];
    @Field(() => PageInfo, { description: described('Where this page stands', 'Vị trí của trang này') }) pageInfo: PageInfo;
    @Field(() => Int, {
      description: described('How many match the filter, across all pages', 'Số bản ghi khớp điều kiện lọc, trên mọi trang'),
    })
    totalCount: number;
  }
  return ConnectionType;
}
