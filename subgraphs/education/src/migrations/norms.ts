/**
 * The teaching norms and duty equivalents shipped with the subgraph: policy data, inserted by the
 * first migration, read from the database ever after (a new circular is new rows with a later
 * effectiveFrom, never an edit of these).
 *
 * Source: Circular 05/2025/TT-BGDĐT of the Ministry of Education and Training (7 March 2025, in
 * force 22 April 2025) on the working regime of general-education and pre-university teachers,
 * which replaced Circular 28/2009/TT-BGDĐT and kept its weekly norms: 23 periods a week in primary
 * schools, 19 in lower secondary, 17 in upper secondary; lower norms in semi-boarding and boarding
 * schools for ethnic minorities; school leaders teach a few periods a week; teachers holding
 * duties (homeroom, head or deputy of a subject group) have their norm reduced by so many periods
 * a week, which this graph counts as period equivalents beside the periods taught. Duties counted
 * per occurrence (an exam session, a demonstration lesson) are left by the circular to the
 * school's own rules: the values below are the demo province's choice.
 */
export const CIRCULAR_05 = 'Thông tư 05/2025/TT-BGDĐT (Bộ GD&ĐT, 07/3/2025) — chế độ làm việc đối với giáo viên phổ thông, dự bị đại học';
const SCHOOL_RULE = 'Quy chế chuyên môn của nhà trường (giá trị mặc định của tỉnh mẫu)';
export const NORMS_FROM = '2025-04-22';

type Level = 'PRIMARY' | 'LOWER_SECONDARY' | 'UPPER_SECONDARY';

export const TEACHING_NORMS: { level: Level; regime: string; role: string; periodsPerWeek: number }[] = [
  { level: 'PRIMARY', regime: 'REGULAR', role: 'TEACHER', periodsPerWeek: 23 },
  { level: 'LOWER_SECONDARY', regime: 'REGULAR', role: 'TEACHER', periodsPerWeek: 19 },
  { level: 'UPPER_SECONDARY', regime: 'REGULAR', role: 'TEACHER', periodsPerWeek: 17 },
  { level: 'PRIMARY', regime: 'SEMI_BOARDING', role: 'TEACHER', periodsPerWeek: 21 },
  { level: 'LOWER_SECONDARY', regime: 'SEMI_BOARDING', role: 'TEACHER', periodsPerWeek: 17 },
  { level: 'LOWER_SECONDARY', regime: 'BOARDING', role: 'TEACHER', periodsPerWeek: 17 },
  { level: 'UPPER_SECONDARY', regime: 'BOARDING', role: 'TEACHER', periodsPerWeek: 15 },
  ...(['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY'] as const).flatMap((level) =>
    ['REGULAR', 'SEMI_BOARDING', 'BOARDING'].flatMap((regime) => [
      { level, regime, role: 'PRINCIPAL', periodsPerWeek: 2 },
      { level, regime, role: 'DEPUTY_PRINCIPAL', periodsPerWeek: 4 },
    ]),
  ),
];

export const DUTY_KINDS: { code: string; level: Level | null; name: string; basis: string; periods: number; source: string }[] = [
  { code: 'HOMEROOM', level: 'PRIMARY', name: 'Chủ nhiệm lớp', basis: 'PER_WEEK', periods: 3, source: CIRCULAR_05 },
  { code: 'HOMEROOM', level: null, name: 'Chủ nhiệm lớp', basis: 'PER_WEEK', periods: 4, source: CIRCULAR_05 },
  { code: 'SUBJECT_GROUP_HEAD', level: null, name: 'Tổ trưởng chuyên môn', basis: 'PER_WEEK', periods: 3, source: CIRCULAR_05 },
  { code: 'SUBJECT_GROUP_DEPUTY', level: null, name: 'Tổ phó chuyên môn', basis: 'PER_WEEK', periods: 1, source: CIRCULAR_05 },
  { code: 'EXAM_SESSION', level: null, name: 'Coi thi, chấm thi (một buổi)', basis: 'PER_OCCURRENCE', periods: 2, source: SCHOOL_RULE },
  {
    code: 'PROFESSIONAL_ACTIVITY',
    level: null,
    name: 'Hoạt động chuyên môn khác (một tiết quy đổi)',
    basis: 'PER_OCCURRENCE',
    periods: 1,
    source: CIRCULAR_05,
  },
];
