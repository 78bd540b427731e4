import { Constraint, GraphQLLocalDate, Job } from '@kpi/platform';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { SheetFormat } from '../services/inputs.js';
import type { CatalogueContext } from '../services/context.js';
import * as jobs from '../services/jobs.service.js';

@Resolver(() => Job)
export class CatalogueJobResolver {
  @Mutation(() => Job, {
    description:
      'Applies a CSV/XLSX sheet (base64) as a job: refused at once if any row is invalid (see importCatalogue’s dry run), ' +
      'else returns at once; read the job with catalogueJob (its result: created, revised, unchanged)',
  })
  startCatalogueImportJob(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 })
    @Arg('content', { description: 'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)' })
    content: string,
    @Arg('effectiveFrom', () => GraphQLLocalDate) effectiveFrom: string,
    @Arg('ownerAgencyId', () => ID, { nullable: true, description: 'The agency whose group C rows these are' })
    ownerAgencyId: string | undefined,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return jobs.startImportJob(ctx, { format, content, effectiveFrom, ownerAgencyId: ownerAgencyId ?? null, reason: reason ?? null });
  }

  @Query(() => Job, { nullable: true, description: 'A catalogue job (who started it, province admins)' })
  catalogueJob(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogueContext) {
    return jobs.jobById(ctx, id);
  }
}
