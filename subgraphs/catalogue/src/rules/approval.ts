import { WorkItemGroup } from '../entities/enums.js';

/**
 * Khanh Hoa's group C is "an agency's own list, approved by its head". Its admins keep the list;
 * what they record (a new item, a revision) is a proposal, in force only once the head of the
 * agency approves it. Every other group is owned by a department or the province, whose own
 * decision is the recording itself.
 */
export const needsApproval = (item: { group: WorkItemGroup }) => item.group === WorkItemGroup.C;

/** What personnel says of the caller: where they work and whether their post leads. */
export interface PersonFacts {
  id: string;
  agencyId: string;
  divisionId: string | null;
  status: string;
  position: { isLeadership: boolean } | null;
}

/**
 * The head of an agency, for approving its own list: a person in service whose current post is a
 * leadership post of that agency at the agency level — not inside one of its divisions. That is
 * the head (thủ trưởng) and the deputies who sign for the head (ký thay), as Vietnamese offices
 * do. A list owned by a division is headed by the division's leaders. Roles in the token do not
 * make a head: AGENCY_ADMIN lets a person keep the list, not approve it.
 */
export function headsAgency(person: PersonFacts | null, agencyId: string | null): boolean {
  if (!person || !agencyId || person.status !== 'ACTIVE' || !person.position?.isLeadership) return false;
  return (person.agencyId === agencyId && person.divisionId === null) || person.divisionId === agencyId;
}
