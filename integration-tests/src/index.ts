export * from './graph.js';
export * from './world.js';
