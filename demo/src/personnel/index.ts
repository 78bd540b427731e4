export { generateProvince, type DemoEmployee, type DemoProvince } from './generate.js';
export { demoGrants, demoUsers, type DemoUser } from './users.js';
export { hasDemoData, loadDemoProvince } from './load.js';
