import { Arg, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { DiaryContext } from '../services/context.js';
import * as scoring from '../services/scoring-facts.service.js';
import { IntakeOnlyForClients } from './guard.js';
import { ScoringFacts, ScoringFactsRange } from './scoring-facts.types.js';

/** The diary's seam for the scoring subgraph: aggregated facts for a whole batch of people. */
@Resolver()
@UseMiddleware(IntakeOnlyForClients)
export class ScoringFactsResolver {
  @Query(() => [ScoringFacts], {
    description:
      'The graph’s own services only: diary facts for 1–5,000 (person, range) pairs, in the order asked; ' +
      'aggregated in a constant number of statements, whatever the number of ranges',
  })
  scoringFacts(@Arg('ranges', () => [ScoringFactsRange]) ranges: ScoringFactsRange[], @Ctx() ctx: DiaryContext) {
    return scoring.scoringFacts(ctx, ranges);
  }
}
