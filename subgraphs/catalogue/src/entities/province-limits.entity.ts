import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { EffectiveDated, described } from '@kpi/platform';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: described(
    'The limits the province sets on catalogues and sector standards, effective from a date: coefficient and standard-time ranges, the range each indicator weight may take, and the range of expected monthly minutes',
    'Giới hạn tỉnh đặt ra cho danh mục và chuẩn KPI của ngành, có hiệu lực từ một ngày: khoảng hệ số và thời gian chuẩn, khoảng trọng số của mỗi chỉ tiêu, và khoảng số phút chuẩn dự kiến mỗi tháng',
  ),
})
@Entity({ tableName: 'province_limits' })
export class ProvinceLimits extends EffectiveDated {
  @Field(() => Float, {
    description: described('Smallest coefficient a work item may have', 'Hệ số tính điểm nhỏ nhất của một đầu công việc'),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficientMin: number;

  @Field(() => Float, {
    description: described('Greatest coefficient a work item may have', 'Hệ số tính điểm lớn nhất của một đầu công việc'),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficientMax: number;

  @Field(() => Int, {
    description: described(
      'Longest standard time one unit may have, in minutes',
      'Thời gian chuẩn dài nhất cho một đơn vị tính, tính bằng phút',
    ),
  })
  @Property({ type: 'integer' })
  standardMinutesMax: number;

  @Field(() => Int, {
    description: described(
      'Smallest weight of one indicator group in a sector standard, in percent',
      'Trọng số nhỏ nhất của một nhóm chỉ tiêu trong chuẩn KPI của ngành, tính bằng phần trăm',
    ),
  })
  @Property({ type: 'smallint' })
  weightMin: number;

  @Field(() => Int, {
    description: described(
      'Greatest weight of one indicator group in a sector standard, in percent',
      'Trọng số lớn nhất của một nhóm chỉ tiêu trong chuẩn KPI của ngành, tính bằng phần trăm',
    ),
  })
  @Property({ type: 'smallint' })
  weightMax: number;

  @Field(() => Int, {
    description: described(
      'Fewest standard minutes a sector standard may expect in a month',
      'Số phút chuẩn ít nhất mà chuẩn KPI của ngành được đặt cho một tháng',
    ),
  })
  @Property({ type: 'integer' })
  expectedMinutesMin: number;

  @Field(() => Int, {
    description: described(
      'Most standard minutes a sector standard may expect in a month',
      'Số phút chuẩn nhiều nhất mà chuẩn KPI của ngành được đặt cho một tháng',
    ),
  })
  @Property({ type: 'integer' })
  expectedMinutesMax: number;
}
