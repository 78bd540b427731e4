export * from './roles.js';
export * from './identity.js';
export * from './keys.js';
export * from './tokens.js';
export * from './scopes.js';
export * from './me.js';
