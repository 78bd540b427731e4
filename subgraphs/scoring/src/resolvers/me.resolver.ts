import { ME_DESCRIPTION, ME_PROVIDES, providedMe, signedInEmployeeId } from '@kpi/platform';
import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import { Employee } from '../entities/index.js';
import type { ScoringContext } from '../services/context.js';
import { placeOf } from '../services/directory.service.js';

/**
 * The signed-in person, answered beside personnel (platform/src/identity/me.ts): their scores'
 * fields need their placement (who may read them), which scoring provides from personnel's facts
 * it keeps under personnel's revision — so the gateway asks scoring for a person's live score at
 * once, not after personnel has answered.
 */
@Resolver()
export class MeResolver {
  @Query(() => Employee, { nullable: true, description: ME_DESCRIPTION })
  @Directive('@shareable')
  @Directive(ME_PROVIDES)
  async me(@Ctx() ctx: ScoringContext): Promise<Employee | null> {
    return providedMe(await placeOf(ctx, signedInEmployeeId(ctx.identity)));
  }
}
