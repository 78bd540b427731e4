import { Role } from './roles.js';

/**
 * Who is calling, as the gateway established it. `agencyIds` scope agency roles (agency admin,
 * staff directory); `unitIds` scope a unit head. An integration client has no employee id.
 */
export interface Identity {
  subject: string;
  kind: 'person' | 'client' | 'service';
  employeeId: string | null;
  name: string | null;
  roles: Role[];
  agencyIds: string[];
  unitIds: string[];
}

export const hasRole = (identity: Identity, ...roles: Role[]) => roles.some((role) => identity.roles.includes(role));

/** Province roles read everything; a question about existence cannot leak to them. */
export const readsProvince = (identity: Identity) => hasRole(identity, Role.PROVINCE_ADMIN, Role.PROVINCE_ANALYST);

/** One of the graph's own subgraphs, asking another for facts it owns. */
export const isService = (identity: Identity) => identity.kind === 'service' && identity.roles.includes(Role.SERVICE);

export const isPerson = (identity: Identity) => identity.kind === 'person' && identity.employeeId !== null;
