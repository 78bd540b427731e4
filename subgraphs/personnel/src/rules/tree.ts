/** Agencies keep a materialised path of ids from the root: `/province/agency/division/`. */
export const childPath = (parentPath: string | null, id: string) => `${parentPath ?? '/'}${id}/`;

export const isWithin = (path: string, ancestorId: string) => path.includes(`/${ancestorId}/`);

/** Moving `path` under `newParentPath` would put an agency inside its own subtree. */
export const wouldCycle = (path: string, newParentPath: string) => newParentPath.startsWith(path);
