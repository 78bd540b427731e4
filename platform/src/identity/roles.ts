import { registerEnumType } from 'type-graphql';

/** What a caller may be. A person may hold several roles; an integration client holds only its own. */
export enum Role {
  STAFF = 'STAFF',
  UNIT_HEAD = 'UNIT_HEAD',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  /** A department's catalogue keeper: its sectors' work items and KPI standards (scope: agencyIds). */
  CATALOGUE_ADMIN = 'CATALOGUE_ADMIN',
  PROVINCE_ANALYST = 'PROVINCE_ANALYST',
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
  INTEGRATION_CLIENT = 'INTEGRATION_CLIENT',
  /** One of the graph's own subgraphs asking another (never through the gateway). */
  SERVICE = 'SERVICE',
}

registerEnumType(Role, { name: 'Role', description: 'The roles a caller of the graph can hold' });

export const ALL_ROLES = Object.values(Role);
