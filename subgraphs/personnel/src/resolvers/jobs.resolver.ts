import { Constraint, Job } from '@kpi/platform';
import { SheetFormat } from '@kpi/platform/sheets';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../services/context.js';
import * as jobs from '../services/jobs.service.js';
import { SHEET_CONTENT } from './placement-import.resolver.js';

@Resolver(() => Job)
export class PersonnelJobResolver {
  @Mutation(() => Job, {
    description:
      'Writes a placement history sheet as a job: refused at once if any row is invalid (see importPlacementHistory’s dry run), ' +
      'else returns at once; read it with personnelJob (its result: created, unchanged)',
  })
  startPlacementImportJob(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: SHEET_CONTENT }) content: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why (recorded with the import): e.g. the system it comes from' })
    reason: string | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return jobs.startPlacementImportJob(ctx, { format, content, reason: reason ?? null });
  }

  @Query(() => Job, { nullable: true, description: 'A personnel job (who started it, province admins)' })
  personnelJob(@Arg('id', () => ID) id: string, @Ctx() ctx: PersonnelContext) {
    return jobs.jobById(ctx, id);
  }
}
