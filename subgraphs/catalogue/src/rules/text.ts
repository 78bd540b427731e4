export { containsPattern, foldVietnamese } from '@kpi/platform';
