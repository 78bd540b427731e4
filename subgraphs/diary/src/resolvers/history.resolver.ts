import { Constraint, defineEnumLabels, described, Job } from '@kpi/platform';
import { SheetFormat } from '@kpi/platform/sheets';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, UseMiddleware } from 'type-graphql';
import type { DiaryContext } from '../services/context.js';
import * as history from '../services/history.service.js';
import { importAssignmentHistory } from '../services/assignment-history.service.js';
import * as jobs from '../services/jobs.service.js';
import { HistorySheet } from '../services/jobs.service.js';

registerEnumType(HistorySheet, {
  name: 'DiaryHistorySheet',
  description: described('What a history sheet holds', 'Loại dữ liệu của tệp lịch sử'),
  valuesConfig: {
    ENTRIES: { description: described('Past diary entries', 'Các mục nhật ký trước đây') },
    ASSIGNMENTS: { description: described('Past work assignments', 'Các việc được giao trước đây') },
  },
});
defineEnumLabels('DiaryHistorySheet', HistorySheet, {
  ENTRIES: { vi: 'Nhật ký công việc', en: 'Diary entries' },
  ASSIGNMENTS: { vi: 'Việc được giao', en: 'Assignments' },
});
import { IntakeOnlyForClients } from './guard.js';

@ObjectType({ description: 'One row of a diary history sheet: what it would do or did, or why it cannot' })
export class DiaryHistoryRow {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1)' }) row: number;
  @Field() employeeCode: string;
  @Field() workDate: string;
  @Field({ description: 'CREATE, UNCHANGED (imported before) or ERROR' }) action: string;
  @Field(() => [String], { description: 'Each problem, naming its column' }) errors: string[];
}

@ObjectType({ description: 'What a diary history import did, or would do: every row’s outcome' })
export class DiaryHistoryReport {
  @Field({ description: 'False for a dry run and for any sheet with an invalid row: then nothing was written' }) applied: boolean;
  @Field() dryRun: boolean;
  @Field(() => Int) created: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) invalid: number;
  @Field(() => [DiaryHistoryRow]) rows: DiaryHistoryRow[];
}

const CONTENT = 'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)';

/** A province's past diaries brought in from its previous KPI software (docs/diary.md, "History"). */
@Resolver(() => DiaryHistoryReport)
@UseMiddleware(IntakeOnlyForClients)
export class HistoryResolver {
  @Mutation(() => DiaryHistoryReport, {
    description:
      'Province admins (agency admins: their agency’s people): past diary entries from a CSV/XLSX sheet (base64), each filed ' +
      'where its person worked that day, priced by the catalogue version then, marked IMPORT. A report per row; written only ' +
      'when every row is valid and dryRun is false. Re-importing the same rows changes nothing',
  })
  importDiaryHistory(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: CONTENT }) content: string,
    @Arg('dryRun', { defaultValue: true }) dryRun: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why (audited): e.g. the system it comes from' })
    reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return history.importDiaryHistory(ctx, { format, content, dryRun, reason: reason ?? null });
  }

  @Mutation(() => DiaryHistoryReport, {
    description:
      'Province admins (agency admins: their agency’s people): past work assignments with their real dates and outcome from a ' +
      'CSV/XLSX sheet (base64), each filed where its lead worked the day it was given, marked imported. A report per row (the ' +
      'lead’s code and the day given); written only when every row is valid and dryRun is false. Re-importing changes nothing',
  })
  importAssignmentHistory(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: CONTENT }) content: string,
    @Arg('dryRun', { defaultValue: true }) dryRun: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why (audited): e.g. the system it comes from' })
    reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return importAssignmentHistory(ctx, { format, content, dryRun, reason: reason ?? null });
  }

  @Mutation(() => Job, {
    description:
      'Writes a diary history sheet as a job: refused at once if any row is invalid (see importDiaryHistory’s and importAssignmentHistory’s dry runs), else ' +
      'returns at once; read it with diaryJob (its result: created, unchanged)',
  })
  startDiaryHistoryImportJob(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: CONTENT }) content: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Arg('sheet', () => HistorySheet, { defaultValue: HistorySheet.ENTRIES }) sheet: HistorySheet,
    @Ctx() ctx: DiaryContext,
  ) {
    return jobs.startHistoryJob(ctx, { format, content, reason: reason ?? null, sheet });
  }

  @Query(() => Job, { nullable: true, description: 'A diary job (who started it, province admins)' })
  diaryJob(@Arg('id', () => ID) id: string, @Ctx() ctx: DiaryContext) {
    return jobs.jobById(ctx, id);
  }
}
