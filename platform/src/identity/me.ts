import { forbidden, said } from '../errors.js';
import { described } from '../i18n/descriptions.js';

/**
 * `Query.me`: personnel answers it, and so do the subgraphs whose fields a person's own pages read
 * most (the diary, scoring), each from personnel's facts it keeps (`@shareable`, `@provides` of the
 * placement): the gateway then fetches a staff dashboard's three parts at once, where it fetched
 * personnel's first and the others after it. Said alike by each, for the supergraph keeps one.
 */
export const ME_DESCRIPTION = described(
  'The signed-in person (FORBIDDEN for a caller who is not an employee, such as a service or a client)',
  'Người đang đăng nhập (FORBIDDEN nếu người gọi không phải cán bộ, ví dụ một dịch vụ hay ứng dụng)',
);

/** The signed-in person's employee id, or FORBIDDEN in the same words from each subgraph: a service or a client has no personal record. */
export function signedInEmployeeId(identity: { employeeId?: string | null }): string {
  if (!identity.employeeId) throw forbidden(said.aPersonalRecord());
  return identity.employeeId;
}

/** What a subgraph answering `me` beside personnel provides of the person: their placement. */
export const ME_PROVIDES = '@provides(fields: "agencyId divisionId supervisorId")';

/** Such a subgraph's answer to `me`: the person with the placement it provides, from personnel's facts; null when personnel has no such person. */
export function providedMe(place: { id: string; agencyId: string; divisionId?: string | null; supervisorId?: string | null } | null) {
  return (
    place && { id: place.id, agencyId: place.agencyId, divisionId: place.divisionId ?? null, supervisorId: place.supervisorId ?? null }
  );
}
