import 'reflect-metadata';

export * from './errors.js';
export * from './logger.js';
export * from './identity/index.js';
export * from './graphql/loaders.js';
export * from './graphql/pagination.js';
export * from './graphql/federation.js';
export * from './server/context.js';
export * from './server/http.js';
export * from './server/subgraph-server.js';
export * from './server/subgraph.js';
export * from './paths.js';
export * from './graph-config.js';
export * from './graphql/timestamped.js';
export * from './ids.js';
export * from './server/peers.js';
export * from './text.js';
export * from './guard.js';
