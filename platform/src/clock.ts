/**
 * The current moment. `KPI_NOW` (an ISO date-time) pins it: tests and demos can show what the
 * province saw on a given day, with every date rule (lockdown, late declarations) as it was then.
 */
export const clockNow = () => (process.env.KPI_NOW ? new Date(process.env.KPI_NOW) : new Date());

/** Today in Vietnam (UTC+7): the province's day, wherever the server runs. */
export const todayInVietnam = (now = clockNow()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
