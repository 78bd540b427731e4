/** Ids are uuids: anything else is refused before it reaches a uuid column (which would fail the statement). */
export { isUuid } from '@kpi/platform';
