/**
 * The demo province: Khanh Hoa's 51 agencies and ~7,000 people (personnel), the catalogue of work
 * items their positions perform (catalogue), and six weeks of assignments and two months of diaries
 * (diary), and the schools' teaching (education) — one coherent world, generated from a seed, the same on every machine. It stands above
 * the subgraphs: each part is loaded straight into the schema of the subgraph that owns it (COPY,
 * for speed), by `pnpm start` on first start and by `pnpm demo:reload`.
 */
import { generateCatalogue, hasDemoCatalogue, loadDemoCatalogue } from './catalogue/index.js';
import { generateDiaries, hasDemoDiaries, loadDemoDiaries } from './diary/index.js';
import { generateEducation, hasDemoEducation, loadDemoEducation } from './education/index.js';
import { generateProvince, hasDemoData, loadDemoProvince } from './personnel/index.js';

export * from './catalogue/index.js';
export * from './diary/index.js';
export * from './education/index.js';
export * from './personnel/index.js';

export interface DemoLoader {
  isLoaded(databaseUrl: string): Promise<boolean>;
  load(databaseUrl: string, options: { replace: boolean; onProgress?: (done: number, total: number) => void }): Promise<void>;
}

/** Each subgraph's part of the demo province, by subgraph name. */
export const demoLoaders: Record<string, DemoLoader> = {
  personnel: {
    isLoaded: hasDemoData,
    // KPI_DEMO_EMPLOYEES shrinks the province (the start-up smoke test uses a small one).
    load: (url, options) =>
      loadDemoProvince(url, generateProvince({ targetEmployees: Number(process.env.KPI_DEMO_EMPLOYEES ?? 7000) }), options),
  },
  catalogue: {
    isLoaded: hasDemoCatalogue,
    load: (url, options) => loadDemoCatalogue(url, generateCatalogue(), options),
  },
  diary: {
    isLoaded: hasDemoDiaries,
    load: async (url, options) => {
      await loadDemoDiaries(url, generateDiaries(), options);
    },
  },
  // The education sector's own subgraph: its schools, timetables and the periods taught so far.
  education: {
    isLoaded: hasDemoEducation,
    load: (url, options) =>
      loadDemoEducation(
        url,
        generateEducation(generateProvince({ targetEmployees: Number(process.env.KPI_DEMO_EMPLOYEES ?? 7000) })),
        options,
      ),
  },
};
