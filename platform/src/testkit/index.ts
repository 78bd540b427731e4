export * from './actors.js';
export * from './database.js';
export * from './graph.js';
export * from './ports.js';
