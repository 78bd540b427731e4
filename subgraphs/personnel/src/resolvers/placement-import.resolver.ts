import { Constraint } from '@kpi/platform';
import { SheetFormat } from '@kpi/platform/sheets';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../services/context.js';
import * as imports from '../services/placement-import.service.js';

@ObjectType({ description: 'One row of a placement history sheet: what it would do or did, or why it cannot' })
export class PlacementImportRow {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1)' }) row: number;
  @Field() employeeCode: string;
  @Field({ description: 'As written in the sheet' }) effectiveFrom: string;
  @Field({ description: 'CREATE, UNCHANGED (already stored) or ERROR' }) action: string;
  @Field(() => [String], { description: 'Each problem, naming its column' }) errors: string[];
}

@ObjectType({ description: 'What a placement history import did, or would do: every row’s outcome' })
export class PlacementImportReport {
  @Field({ description: 'False for a dry run and for any sheet with an invalid row: then nothing was written' }) applied: boolean;
  @Field() dryRun: boolean;
  @Field(() => Int) created: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) invalid: number;
  @Field(() => [PlacementImportRow]) rows: PlacementImportRow[];
}

export const SHEET_CONTENT = 'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)';

/** People's past placements brought in from a province's previous system (docs/personnel.md). */
@Resolver(() => PlacementImportReport)
export class PlacementImportResolver {
  @Mutation(() => PlacementImportReport, {
    description:
      'Province admins (agency admins: their agency’s people): past placements from a CSV/XLSX sheet (base64), each before ' +
      'its person’s first recorded placement, marked imported. A report per row; written only when every row is valid and ' +
      'dryRun is false. Re-importing the same rows changes nothing',
  })
  importPlacementHistory(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: SHEET_CONTENT }) content: string,
    @Arg('dryRun', { defaultValue: true }) dryRun: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why (recorded with the import): e.g. the system it comes from' })
    reason: string | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return imports.importPlacementHistory(ctx, { format, content, dryRun, reason: reason ?? null });
  }
}
