import { described, selectedFields } from '@kpi/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { DiaryContext } from '../services/context.js';
import * as scoring from '../services/scoring-facts.service.js';
import { IntakeOnlyForClients } from './guard.js';
import { PackedScoringFacts, ScoringFacts, ScoringFactsRange } from './scoring-facts.types.js';

/** The diary's seam for the scoring subgraph: aggregated facts for a whole batch of people. */
@Resolver()
@UseMiddleware(IntakeOnlyForClients)
export class ScoringFactsResolver {
  @Query(() => [ScoringFacts], {
    description: described(
      'The graph’s own services only: diary facts for 1–5,000 (person, range) pairs, in the order asked; aggregated in a constant number of statements, whatever the number of ranges',
      'Chỉ dành cho các dịch vụ của hệ thống: dữ kiện nhật ký cho 1–5.000 cặp (người, khoảng ngày), theo thứ tự yêu cầu; tổng hợp bằng số câu lệnh cố định, bất kể số khoảng',
    ),
  })
  scoringFacts(
    @Arg('ranges', () => [ScoringFactsRange], { description: described('The (person, range) pairs', 'Các cặp (người, khoảng ngày)') })
    ranges: ScoringFactsRange[],
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return scoring.scoringFacts(ctx, ranges, selectedFields(info));
  }

  @Query(() => PackedScoringFacts, {
    description: described(
      'The graph’s own services only: the facts of scoringFacts for the same 1–5,000 (person, range) pairs, as columns (one list per figure, one value per range, in the order asked)',
      'Chỉ dành cho các dịch vụ của hệ thống: các dữ kiện của scoringFacts cho cùng 1–5.000 cặp (người, khoảng ngày), dưới dạng cột (mỗi chỉ số một danh sách, mỗi khoảng một giá trị, theo thứ tự yêu cầu)',
    ),
  })
  packedScoringFacts(
    @Arg('ranges', () => [ScoringFactsRange], { description: described('The (person, range) pairs', 'Các cặp (người, khoảng ngày)') })
    ranges: ScoringFactsRange[],
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return scoring.packedScoringFacts(ctx, ranges, selectedFields(info));
  }
}
