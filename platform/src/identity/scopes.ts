import { Role } from './roles.js';

/**
 * What an integration client may be granted, as OAuth scopes, and the role each one gives it in
 * the graph: the subgraphs check roles, as they do for people. Policy data: a sector's system gets
 * its scope here, with the role its subgraph checks.
 */
export const CLIENT_SCOPES: Readonly<Record<string, Role>> = {
  /** E-Office: diary intake (recordDiaryEntries…) and nothing else. */
  'diary:intake': Role.INTEGRATION_CLIENT,
  /** An analytics system: reads scores and the province's analytics, as a province analyst does. */
  'analytics:read': Role.PROVINCE_ANALYST,
};

export const isClientScope = (scope: string) => Object.hasOwn(CLIENT_SCOPES, scope);

/** The roles a client holds for the scopes it was granted (unknown scopes give nothing). */
export const rolesOfScopes = (scopes: readonly string[]): Role[] => [
  ...new Set(scopes.filter(isClientScope).map((scope) => CLIENT_SCOPES[scope]!)),
];

/** The scopes that give these roles (the development issuer's client tokens carry roles). */
export const scopesOfRoles = (roles: readonly Role[]): string[] =>
  Object.entries(CLIENT_SCOPES)
    .filter(([, role]) => roles.includes(role))
    .map(([scope]) => scope);
