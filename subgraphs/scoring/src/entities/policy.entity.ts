import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { described, EffectiveDated, GraphQLJSONObject } from '@kpi/platform';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ScoringRules } from '../rules/policy.js';

@ObjectType({
  description: described(
    'A version of the province’s scoring policy, in force from a date: weights, Decree 335 deductions, the overdue gate, the ' +
      'leader rule, KPI shares, bands and the excellent cap. Sector KPI standards (catalogue) override the weights per sector. ' +
      'Any signed-in person reads it; province admins change it.',
    'Một phiên bản chính sách chấm điểm của tỉnh, có hiệu lực từ một ngày: trọng số, mức trừ theo Nghị định 335, ngưỡng quá hạn, ' +
      'cách tính cho lãnh đạo, tỷ trọng KPI, các khung điểm và giới hạn tỷ lệ xuất sắc. Tiêu chuẩn KPI của ngành (danh mục) thay trọng số ' +
      'cho từng ngành. Mọi người dùng đã đăng nhập đều xem được; quản trị cấp tỉnh thay đổi.',
  ),
})
@Entity({ tableName: 'scoring_policy' })
@Unique({ properties: ['effectiveFrom'] }) // one version a day: the policy in force on a date is never ambiguous
export class ScoringPolicy extends EffectiveDated {
  @Field(() => Int, { description: described('Its version number, from 1; never given again', 'Số phiên bản, từ 1; không dùng lại') })
  @Property({ type: 'integer', unique: true })
  version: number;

  @Field({ description: described('The preset it started from (DECREE_335, KHANH_HOA)', 'Bộ mặc định làm gốc (DECREE_335, KHANH_HOA)') })
  @Property({ type: 'text' })
  preset: string;

  @Field(() => GraphQLJSONObject, {
    description: described(
      'The rules, as data (see docs/scoring.md for each one and its source)',
      'Các quy tắc dưới dạng dữ liệu (xem docs/scoring.md về từng quy tắc và căn cứ)',
    ),
  })
  @Property({ type: 'json' })
  rules: ScoringRules;
}
