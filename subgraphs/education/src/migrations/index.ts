import { InitialEducation } from './20261204080000-initial.js';

/** Applied in this order on start; committed migrations are never edited, only added. */
export const migrations = [{ name: '20261204080000-initial', class: InitialEducation }];
