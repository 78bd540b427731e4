/**
 * The current moment. `KPI_NOW` (an ISO date-time) pins it: tests and demos can show what the
 * province saw on a given day, with every date rule (lockdown, late declarations) as it was then.
 */
export const clockNow = () => (process.env.KPI_NOW ? new Date(process.env.KPI_NOW) : new Date());
