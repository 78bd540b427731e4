export { DEMO_SCHOOL_SYSTEM, generateEducation, schoolYearOf, type DemoEducation } from './generate.js';
export { hasDemoEducation, loadDemoEducation } from './load.js';
