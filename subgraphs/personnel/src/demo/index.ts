export { generateProvince, type DemoProvince } from './generate.js';
export { demoUsers, type DemoUser } from './users.js';
export { hasDemoData, loadDemoProvince } from './load.js';
