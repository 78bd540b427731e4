import { GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChangeKind, PositionCategory, UnitOfMeasure, WorkItemGroup, WorkItemStatus } from '../entities/index.js';

export { SheetFormat } from '@kpi/platform/sheets';

export enum HandbookFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
  XLSX = 'XLSX',
}
registerEnumType(HandbookFormat, { name: 'HandbookFormat', description: 'HTML is laid out for printing (A4 landscape)' });

@InputType()
export class CreateSectorInput {
  @Field() code: string;
  @Field() name: string;
  @Field({ nullable: true }) isVertical?: boolean;
  @Field(() => ID, { description: 'The department (agency) that owns it' }) ownerAgencyId: string;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true, description: 'Why: kept in the audit trail' }) reason?: string;
}

@InputType()
export class UpdateSectorInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) isVertical?: boolean;
  @Field(() => ID, { nullable: true }) ownerAgencyId?: string;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true }) active?: boolean;
  @Field({ nullable: true }) reason?: string;
}

@InputType()
export class WorkItemFilter {
  @Field(() => ID, { nullable: true }) sectorId?: string;
  @Field({ nullable: true }) sectorCode?: string;
  @Field(() => WorkItemGroup, { nullable: true }) group?: WorkItemGroup;
  @Field(() => ID, { nullable: true, description: 'Group C items of this agency' }) ownerAgencyId?: string;
  @Field(() => WorkItemStatus, { nullable: true }) status?: WorkItemStatus;
  @Field({ nullable: true, description: 'Part of the code or name; diacritics optional' }) search?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Search the names in force on this date (default today)' }) on?: string;
}

@InputType()
export class CreateWorkItemInput {
  @Field() code: string;
  @Field(() => ID) sectorId: string;
  @Field(() => WorkItemGroup) group: WorkItemGroup;
  @Field(() => ID, { nullable: true, description: 'Group C only' }) ownerAgencyId?: string;
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => UnitOfMeasure) unit: UnitOfMeasure;
  @Field(() => Float) standardMinutes: number;
  @Field(() => Float) coefficient: number;
  @Field({ nullable: true, description: 'What counts as one unit (hard-to-count work)' }) criteria?: string;
  @Field({ nullable: true }) evidence?: string;
  @Field({ nullable: true }) evidenceRequired?: boolean;
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field({ nullable: true }) reason?: string;
}

@InputType({ description: 'A new version from a date; fields left out carry over' })
export class ReviseWorkItemInput {
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => UnitOfMeasure, { nullable: true }) unit?: UnitOfMeasure;
  @Field(() => Float, { nullable: true }) standardMinutes?: number;
  @Field(() => Float, { nullable: true }) coefficient?: number;
  @Field(() => String, { nullable: true }) criteria?: string | null;
  @Field({ nullable: true }) evidence?: string;
  @Field({ nullable: true }) evidenceRequired?: boolean;
  @Field({ nullable: true }) reason?: string;
}

@InputType()
export class RetireWorkItemInput {
  @Field(() => GraphQLLocalDate, { description: 'First day it may no longer be logged' }) effectiveFrom: string;
  @Field({ nullable: true }) reason?: string;
}

@InputType()
export class IndicatorWeightsInput {
  @Field(() => Int) quantity: number;
  @Field(() => Int) timeliness: number;
  @Field(() => Int) quality: number;
  @Field(() => Int) proactivity: number;
  @Field(() => Int) coordination: number;
  @Field(() => Int) creativity: number;
  @Field(() => Int) overdue: number;
}

@InputType()
export class SetSectorKpiStandardInput {
  @Field(() => ID) sectorId: string;
  @Field(() => PositionCategory) positionCategory: PositionCategory;
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field(() => Int) expectedMinutesPerMonth: number;
  @Field(() => IndicatorWeightsInput) weights: IndicatorWeightsInput;
  @Field({ nullable: true }) reason?: string;
}

@InputType()
export class SetProvinceLimitsInput {
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field(() => Float) coefficientMin: number;
  @Field(() => Float) coefficientMax: number;
  @Field(() => Int) standardMinutesMax: number;
  @Field(() => Int) weightMin: number;
  @Field(() => Int) weightMax: number;
  @Field(() => Int) expectedMinutesMin: number;
  @Field(() => Int) expectedMinutesMax: number;
  @Field({ nullable: true }) reason?: string;
}

@InputType()
export class RequestCatalogueChangeInput {
  @Field(() => ChangeKind) kind: ChangeKind;
  @Field(() => ID, { description: 'The agency asking (its admins may ask)' }) requestingAgencyId: string;
  @Field(() => ID, { nullable: true, description: 'CHANGE and RETIRE: the item' }) workItemId?: string;
  @Field(() => ID, { nullable: true, description: 'ADD: the sector of the new item' }) sectorId?: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'ADD: the new item’s fields (code, name, group B or D, unit, standardMinutes, coefficient…); CHANGE: the fields to change',
  })
  proposal?: Record<string, unknown>;
  @Field() reason: string;
}

@InputType()
export class DecideChangeRequestInput {
  @Field(() => ID) id: string;
  @Field() approve: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Approving applies the change from this date' }) effectiveFrom?: string;
  @Field({ nullable: true }) note?: string;
}

@ObjectType({ description: 'A file produced by the graph: text (encoding utf8) or binary (encoding base64)' })
export class ExportedFile {
  @Field() filename: string;
  @Field() contentType: string;
  @Field({ description: 'utf8 or base64' }) encoding: string;
  @Field() content: string;
  @Field(() => Int) rows: number;
}

@ObjectType()
export class ImportRowResult {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1)' }) row: number;
  @Field() code: string;
  @Field({ description: 'CREATE, REVISE, UNCHANGED or ERROR' }) action: string;
  @Field(() => [String]) errors: string[];
}

@ObjectType({ description: 'What an import did, or would do: every row’s outcome' })
export class CatalogueImportReport {
  @Field({ description: 'False for a dry run and for any sheet with an invalid row: then nothing was written' }) applied: boolean;
  @Field() dryRun: boolean;
  @Field(() => Int) created: number;
  @Field(() => Int) revised: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) invalid: number;
  @Field(() => [ImportRowResult]) rows: ImportRowResult[];
}
