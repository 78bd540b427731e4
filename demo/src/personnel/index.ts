export { generateProvince, type DemoEmployee, type DemoProvince } from './generate.js';
export { seededRandom, type Random } from './random.js';
export { DEMO_CLIENT, demoClients, demoGrants, demoUsers, type DemoUser } from './users.js';
export { hasDemoData, loadDemoProvince } from './load.js';
export { OFFICE_GROUP, SCHOOLS, type SchoolSpec } from './schools.js';
