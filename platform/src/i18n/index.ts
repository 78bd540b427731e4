export * from './language.js';
export * from './catalogue.js';
export * from './descriptions.js';
