export { demoId, newId } from '@kpi/platform';
