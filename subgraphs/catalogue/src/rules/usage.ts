import { hasRole, isService, readsProvince, Role, type Identity } from '@kpi/platform';
import type { WorkItemGroup } from '../entities/enums.js';

/**
 * Who may read how much a work item is used (its diary facts: entries, people, minutes against the
 * standard). Those facts are catalogue hygiene's: one rule decides for `WorkItem.usage` (answered
 * by the diary) and for `catalogueHygiene` (answered here), so the same facts are never open
 * through one door and closed through the other. Pure, and imported by the diary from
 * `@kpi/catalogue/rules` — the catalogue owns the rule, as it owns the items.
 */

/**
 * The agencies whose catalogue keepers (agency and catalogue admins) keep an item: its owner for
 * an agency's own list (group C), its sector's department for groups A and D, none for the
 * province's shared list (group B, kept by the province). Published on WorkItem so that the diary
 * can apply the rule below to the item it is asked about.
 */
export function keeperAgencyIds(item: { group: WorkItemGroup; ownerAgencyId: string | null }, sector: { ownerAgencyId: string }): string[] {
  switch (item.group as string) {
    case 'B':
      return [];
    case 'C':
      return item.ownerAgencyId ? [item.ownerAgencyId] : [];
    default:
      return [sector.ownerAgencyId];
  }
}

/**
 * The graph's own services (the catalogue asks the diary for hygiene, as itself), province roles
 * (every item, as they read all of hygiene), and an item's keepers: an agency or catalogue admin of
 * one of its keeper agencies. Nobody else — not staff, not another agency's admins (an agency's own
 * list is its business), not an integration client.
 */
export function canReadUsage(who: Identity, keepers: readonly string[] | null | undefined): boolean {
  if (isService(who) || readsProvince(who)) return true;
  if (who.kind !== 'person' || !hasRole(who, Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN)) return false;
  return (keepers ?? []).some((agencyId) => who.agencyIds.includes(agencyId));
}
