import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { EffectiveDated, described } from '@kpi/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PositionCategory } from './enums.js';

@ObjectType({
  description: described(
    'The weights of the 7 indicator groups (Hue model), whole percentages summing to 100',
    'Trọng số của 7 nhóm chỉ tiêu (mô hình Huế), là số phần trăm nguyên, tổng bằng 100',
  ),
})
export class IndicatorWeights {
  @Field(() => Int, {
    description: described('Quantity of work completed, in percent', 'Số lượng công việc hoàn thành, tính bằng phần trăm'),
  })
  quantity: number;
  @Field(() => Int, { description: described('Timeliness, in percent', 'Tiến độ, thời hạn hoàn thành, tính bằng phần trăm') })
  timeliness: number;
  @Field(() => Int, { description: described('Quality of handling, in percent', 'Chất lượng xử lý công việc, tính bằng phần trăm') })
  quality: number;
  @Field(() => Int, { description: described('Proactivity, in percent', 'Tính chủ động, tính bằng phần trăm') }) proactivity: number;
  @Field(() => Int, { description: described('Coordination, in percent', 'Sự phối hợp, tính bằng phần trăm') }) coordination: number;
  @Field(() => Int, { description: described('Creativity, in percent', 'Tính sáng tạo, tính bằng phần trăm') }) creativity: number;
  @Field(() => Int, { description: described('Degree of overdue work, in percent', 'Mức độ công việc trễ hạn, tính bằng phần trăm') })
  overdue: number;
}

export const INDICATORS = ['quantity', 'timeliness', 'quality', 'proactivity', 'coordination', 'creativity', 'overdue'] as const;
export type Indicator = (typeof INDICATORS)[number];

@ObjectType({
  description: described(
    'A sector’s KPI standard for one position category, effective from a date',
    'Chuẩn KPI của một ngành cho một nhóm vị trí việc làm, có hiệu lực từ một ngày',
  ),
})
@Entity({ tableName: 'sector_kpi_standard' })
export class SectorKpiStandard extends EffectiveDated {
  @Field(() => ID, { description: described('The id of its sector', 'Mã ngành') })
  @Property({ type: 'uuid' })
  sectorId: string;

  @Field(() => PositionCategory, { description: described('The category of job positions it applies to', 'Nhóm vị trí việc làm áp dụng') })
  @Property({ type: 'text' })
  positionCategory: PositionCategory;

  @Field(() => Int, {
    description: described(
      'Standard minutes a person of this category is expected to produce in a month',
      'Số phút chuẩn một người thuộc nhóm vị trí này cần đạt trong một tháng',
    ),
  })
  @Property({ type: 'integer' })
  expectedMinutesPerMonth: number;

  @Property({ type: 'smallint' }) weightQuantity: number;
  @Property({ type: 'smallint' }) weightTimeliness: number;
  @Property({ type: 'smallint' }) weightQuality: number;
  @Property({ type: 'smallint' }) weightProactivity: number;
  @Property({ type: 'smallint' }) weightCoordination: number;
  @Property({ type: 'smallint' }) weightCreativity: number;
  @Property({ type: 'smallint' }) weightOverdue: number;
}
