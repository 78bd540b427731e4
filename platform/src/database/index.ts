export * from './embedded.js';
export * from './url.js';
export * from './orm.js';
export { dataDir } from '../paths.js';
export * from './effective-dated.js';
export * from './bound.js';
export * from './plain.js';
export * from './planned.js';
export * from './grouped.js';
