import { ME_DESCRIPTION, ME_PROVIDES, providedMe, signedInEmployeeId } from '@kpi/platform';
import { Ctx, Directive, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Employee } from '../entities/index.js';
import type { DiaryContext } from '../services/context.js';
import { ownFacts } from '../services/facts.service.js';
import { IntakeOnlyForClients } from './guard.js';

/**
 * The signed-in person, answered beside personnel (platform/src/identity/me.ts): their diary's
 * fields need their placement (who may read them), which the diary provides from personnel's facts
 * it keeps under personnel's revision — so the gateway asks the diary at once, with no call to
 * personnel first, and the person's month and assignments are one request, not two.
 */
@Resolver()
@UseMiddleware(IntakeOnlyForClients)
export class MeResolver {
  @Query(() => Employee, { nullable: true, description: ME_DESCRIPTION })
  @Directive('@shareable')
  @Directive(ME_PROVIDES)
  async me(@Ctx() ctx: DiaryContext): Promise<Employee | null> {
    return providedMe(await ownFacts(ctx, signedInEmployeeId(ctx.identity)));
  }
}
