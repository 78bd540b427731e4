export * from './language.js';
export * from './catalogue.js';
