/**
 * What the packages above the subgraphs (the demo province, the test world) may use of the
 * catalogue: its vocabulary. Nothing here does I/O.
 */
export { INDICATORS, type Indicator } from './entities/sector-kpi-standard.entity.js';
