import { addDays, DayKind, HOLIDAYS, todayInVietnam, workingDays } from '@kpi/diary/model';
import { demoId } from '@kpi/platform';
import type { DemoProvince } from '../personnel/generate.js';
import { seededRandom } from '../personnel/random.js';
import { OFFICE_GROUP, SCHOOLS } from '../personnel/schools.js';

/**
 * The education sector's part of the demo province: the school year in progress (two terms), the
 * demo schools with their rosters, classes sized to their teachers, a timetable giving each
 * teacher about their norm, every period taught from the first school day to yesterday (1 in 50
 * taught by a colleague of the same group as a substitution, 1 in 100 not taught), and the
 * duties teachers hold (homeroom, group heads) or did (exam sessions). Deterministic for a day.
 */
export interface DemoEducation {
  schoolYears: { code: string; startsOn: string; endsOn: string }[];
  terms: { code: string; schoolYearCode: string; name: string; startsOn: string; endsOn: string; teachingWeeks: number }[];
  schools: { agencyId: string; code: string; name: string; level: string; regime: string; intakeClients: string[] }[];
  teachers: { employeeId: string; schoolAgencyId: string; role: string; subject: string }[];
  classes: { id: string; schoolAgencyId: string; schoolYearCode: string; name: string; grade: number; homeroomTeacherId: string | null }[];
  timetable: { id: string; termCode: string; classId: string; teacherId: string; subject: string; periodsPerWeek: number }[];
  periods: {
    id: string;
    source: string;
    externalId: string;
    schoolAgencyId: string;
    teacherId: string;
    classId: string;
    subject: string;
    taughtOn: string;
    periodNumber: number;
    substituteFor: string | null;
  }[];
  duties: {
    id: string;
    termCode: string;
    teacherId: string;
    kindCode: string;
    doneOn: string | null;
    occurrences: number;
    note: string | null;
    recordedBy: string;
  }[];
}

/** The school management system the demo schools name for intake (an integration client's subject). */
export const DEMO_SCHOOL_SYSTEM = 'client:school-system';
const WEEKLY_NORM = { PRIMARY: 23, LOWER_SECONDARY: 19, UPPER_SECONDARY: 17 } as const;
const GRADES = { PRIMARY: [1, 2, 3, 4, 5], LOWER_SECONDARY: [6, 7, 8, 9], UPPER_SECONDARY: [10, 11, 12] } as const;

/** The school year a day falls in: it starts in September (a summer day belongs to the year just ended). */
export function schoolYearOf(day: string) {
  const year = Number(day.slice(0, 4));
  const start = day.slice(5) >= '09-01' ? year : year - 1;
  const code = `${start}-${start + 1}`;
  return {
    year: { code, startsOn: `${start}-09-05`, endsOn: `${start + 1}-05-31` },
    terms: [
      {
        code: `${code}/HK1`,
        schoolYearCode: code,
        name: 'Học kỳ I',
        startsOn: `${start}-09-05`,
        endsOn: `${start + 1}-01-16`,
        teachingWeeks: 18,
      },
      {
        code: `${code}/HK2`,
        schoolYearCode: code,
        name: 'Học kỳ II',
        startsOn: `${start + 1}-01-18`,
        endsOn: `${start + 1}-05-31`,
        teachingWeeks: 17,
      },
    ],
  };
}

export function generateEducation(province: DemoProvince, today = todayInVietnam()): DemoEducation {
  const random = seededRandom(Number(today.replaceAll('-', '')) % 100_000);
  const { year, terms } = schoolYearOf(today);
  const out: DemoEducation = { schoolYears: [year], terms, schools: [], teachers: [], classes: [], timetable: [], periods: [], duties: [] };
  const exceptions = new Map(HOLIDAYS.map(([day, kind]) => [day, kind as DayKind]));
  const positions = new Map(province.positions.map((p) => [p.id, p]));
  for (const spec of SCHOOLS) {
    const school = province.agencies.find((a) => a.code === spec.code);
    if (!school) continue;
    out.schools.push({
      agencyId: school.id,
      code: spec.code,
      name: spec.name,
      level: spec.level,
      regime: 'REGULAR',
      intakeClients: [DEMO_SCHOOL_SYSTEM],
    });
    const groupOf = new Map(province.agencies.filter((a) => a.parentId === school.id).map((a) => [a.id, a.name]));
    const staff = province.employees.filter((e) => e.agencyId === school.id && groupOf.get(e.divisionId ?? '') !== OFFICE_GROUP);
    // Teachers: everyone but the office; the principal and deputies teach a few periods too.
    const roster = staff.map((e) => {
      const code = positions.get(e.positionId)!.code;
      const role = code === 'LD-01' ? 'PRINCIPAL' : code === 'LD-02' ? 'DEPUTY_PRINCIPAL' : 'TEACHER';
      const group = spec.groups.find((g) => g.name === groupOf.get(e.divisionId ?? '')) ?? spec.groups[0]!;
      return { employee: e, role, subject: '', group };
    });
    // Subjects go to teachers in proportion to their periods school-wide, in the groups' order, so
    // a group's teachers mostly teach its subjects and every subject has about the teachers it needs.
    const subjects = spec.groups.flatMap((g) => g.subjects);
    const total = subjects.reduce((sum, [, periods]) => sum + periods, 0);
    const teaching = roster.filter((t) => t.role === 'TEACHER').sort((a, b) => spec.groups.indexOf(a.group) - spec.groups.indexOf(b.group));
    teaching.forEach((t, i) => {
      let share = ((i + 0.5) / teaching.length) * total;
      t.subject = subjects.find(([, periods]) => (share -= periods) < 0)?.[0] ?? subjects[0]![0];
    });
    for (const t of roster.filter((r) => r.role !== 'TEACHER')) t.subject = random.pick(t.group.subjects)[0];
    for (const t of roster) out.teachers.push({ employeeId: t.employee.id, schoolAgencyId: school.id, role: t.role, subject: t.subject });
    // Enough classes that the timetable reaches everyone's norm: a class's subjects are the groups'.
    const perClass = spec.groups.flatMap((g) => g.subjects).reduce((sum, [, periods]) => sum + periods, 0);
    const target = (role: string) =>
      role === 'PRINCIPAL' ? 2 : role === 'DEPUTY_PRINCIPAL' ? 4 : WEEKLY_NORM[spec.level] + random.int(-2, 2);
    const targets = new Map(roster.map((t) => [t.employee.id, target(t.role)]));
    const grades = GRADES[spec.level];
    const classCount = Math.max(grades.length, Math.round([...targets.values()].reduce((a, b) => a + b, 0) / perClass));
    const classes = Array.from({ length: classCount }, (_, i) => {
      const grade = grades[i % grades.length]!;
      const name = `${grade}A${Math.floor(i / grades.length) + 1}`;
      return {
        id: demoId('school-class', `${spec.code}/${year.code}/${name}`),
        schoolAgencyId: school.id,
        schoolYearCode: year.code,
        name,
        grade,
        homeroomTeacherId: null as string | null,
      };
    });
    out.classes.push(...classes);
    // Each term: every class's subjects, each to the teacher of that subject (else of the group)
    // furthest below their target; the principal and deputies take a lesson or two of theirs first.
    for (const term of terms) {
      const load = new Map(roster.map((t) => [t.employee.id, 0]));
      const room = (t: (typeof roster)[number]) => targets.get(t.employee.id)! - load.get(t.employee.id)!;
      for (const schoolClass of classes) {
        const given = new Set<string>();
        for (const group of spec.groups)
          for (const [subject, periods] of group.subjects) {
            // A subject two groups teach (primary: by grades) is taught to a class once.
            if (given.has(subject)) continue;
            given.add(subject);
            const leaders = roster.filter((t) => t.role !== 'TEACHER' && t.subject === subject && room(t) >= periods);
            const ofSubject = roster.filter((t) => t.role === 'TEACHER' && t.subject === subject);
            const pool = leaders.length
              ? leaders
              : ofSubject.length
                ? ofSubject
                : roster.filter((t) => t.group === group && t.role === 'TEACHER');
            const chosen = pool.sort((a, b) => room(b) - room(a))[0];
            if (!chosen) continue;
            load.set(chosen.employee.id, load.get(chosen.employee.id)! + periods);
            out.timetable.push({
              id: demoId('timetable', `${term.code}/${schoolClass.id}/${subject}`),
              termCode: term.code,
              classId: schoolClass.id,
              teacherId: chosen.employee.id,
              subject,
              periodsPerWeek: periods,
            });
          }
      }
    }
    // Homeroom teachers: one a class, among the teachers; group heads hold their group.
    const teachers = roster.filter((t) => t.role === 'TEACHER');
    classes.forEach((schoolClass, i) => (schoolClass.homeroomTeacherId = teachers[i % teachers.length]?.employee.id ?? null));
    for (const term of terms) {
      for (const schoolClass of classes)
        if (schoolClass.homeroomTeacherId)
          out.duties.push({
            id: demoId('duty', `${term.code}/homeroom/${schoolClass.id}`),
            termCode: term.code,
            teacherId: schoolClass.homeroomTeacherId,
            kindCode: 'HOMEROOM',
            doneOn: null,
            occurrences: 1,
            note: `Lớp ${schoolClass.name}`,
            recordedBy: 'demo-generator',
          });
      for (const t of roster.filter((r) => r.employee.role === 'divisionHead'))
        out.duties.push({
          id: demoId('duty', `${term.code}/group-head/${t.employee.id}`),
          termCode: term.code,
          teacherId: t.employee.id,
          kindCode: 'SUBJECT_GROUP_HEAD',
          doneOn: null,
          occurrences: 1,
          note: null,
          recordedBy: 'demo-generator',
        });
    }
    // Periods taught: the timetable laid over the school days so far, each class's lessons numbered from 1.
    for (const term of terms) {
      const last = addDays(today, -1) < term.endsOn ? addDays(today, -1) : term.endsOn;
      if (last < term.startsOn) continue;
      const lines = out.timetable.filter((l) => l.termCode === term.code && classes.some((c) => c.id === l.classId));
      const byClass = Map.groupBy(lines, (l) => l.classId);
      const days = workingDays(term.startsOn, last, exceptions);
      for (const day of days) {
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() - 1; // 0 Monday … 4 Friday
        for (const [classId, classLines] of byClass) {
          let periodNumber = 0;
          for (const line of classLines)
            for (let k = 0; k < line.periodsPerWeek; k += 1) {
              // The week's k-th lesson of a subject falls on the weekday its place in the week gives.
              if ((k + classLines.indexOf(line)) % 5 !== weekday) continue;
              periodNumber += 1;
              if (periodNumber > 10 || random.chance(0.01)) continue;
              const substitute = random.chance(0.02)
                ? random.pick(roster.filter((t) => t.role === 'TEACHER' && t.employee.id !== line.teacherId))
                : null;
              const externalId = `${spec.code}:${classId.slice(0, 8)}:${day}:${periodNumber}`;
              out.periods.push({
                id: demoId('taught-period', externalId),
                source: DEMO_SCHOOL_SYSTEM,
                externalId,
                schoolAgencyId: school.id,
                teacherId: substitute ? substitute.employee.id : line.teacherId,
                classId,
                subject: line.subject,
                taughtOn: day,
                periodNumber,
                substituteFor: substitute ? line.teacherId : null,
              });
            }
        }
      }
      // The term's exam sessions (end of term): two invigilations each for a third of the teachers.
      if (last >= addDays(term.endsOn, -20))
        for (const t of teachers.filter((_, i) => i % 3 === 0))
          out.duties.push({
            id: demoId('duty', `${term.code}/exam/${t.employee.id}`),
            termCode: term.code,
            teacherId: t.employee.id,
            kindCode: 'EXAM_SESSION',
            doneOn: addDays(term.endsOn, -14),
            occurrences: 2,
            note: 'Kiểm tra cuối kỳ',
            recordedBy: 'demo-generator',
          });
    }
  }
  return out;
}
