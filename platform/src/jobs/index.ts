export * from './job.type.js';
export * from './job.store.js';
export * from './runner.js';
export * from './schedule.js';
