import { InitialCatalogue } from './20261125100000-initial.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [{ name: '20261125100000-initial', class: InitialCatalogue }];
