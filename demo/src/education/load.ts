import { holdsData, inTransaction, insertAll, progressOver } from '../sql.js';
import type { DemoEducation } from './generate.js';

export const hasDemoEducation = (url: string) => holdsData(url, 'exists (select 1 from education.school)');

/** Writes the education demo into its schema in one transaction (replacing what is there when `replace` is set). */
export async function loadDemoEducation(
  url: string,
  demo: DemoEducation,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
) {
  const parts: [string, object[]][] = [
    ['education.school_year', demo.schoolYears],
    ['education.term', demo.terms],
    ['education.school', demo.schools],
    ['education.teacher', demo.teachers],
    ['education.school_class', demo.classes],
    ['education.timetable_line', demo.timetable],
    ['education.taught_period', demo.periods],
    ['education.duty', demo.duties],
  ];
  const progress = progressOver(
    parts.reduce((sum, [, rows]) => sum + rows.length, 0),
    options.onProgress,
  );
  await inTransaction(url, async (client) => {
    if (options.replace)
      await client.query(
        'truncate education.duty, education.taught_period, education.timetable_line, education.school_class, education.teacher, education.school, education.term, education.school_year cascade',
      );
    for (const [table, rows] of parts) await insertAll(client, table, rows, progress);
  });
}
