import type { WorkItemGroup } from '../entities/enums.js';

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

/** Who may read an item's usage: one rule for both doors, kept in the platform (see there). */
export { canReadWorkItemUsage as canReadUsage } from '@kpi/platform';
