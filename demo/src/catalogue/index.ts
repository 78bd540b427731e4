export { CATALOGUE_START, generateCatalogue, REVISION_DATE, type DemoCatalogue } from './generate.js';
export { hasDemoCatalogue, loadDemoCatalogue } from './load.js';
