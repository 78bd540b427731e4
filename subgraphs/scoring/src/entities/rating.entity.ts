import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { described, newId } from '@kpi/platform';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: described(
    'A leader’s rating of a person’s creativity (initiatives, improvements) for a period, 0–100: the creativity indicator',
    'Điểm sáng tạo (sáng kiến, cải tiến) của một người trong kỳ do lãnh đạo chấm, thang 0–100: chỉ số sáng tạo',
  ),
})
@Entity({ tableName: 'creativity_rating' })
export class CreativityRating {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('The period rated, e.g. 2026-11', 'Kỳ được chấm, ví dụ 2026-11') })
  @Property({ type: 'text' })
  periodCode: string;

  @Field(() => ID, { description: described('The person rated', 'Mã người được chấm') })
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => Float, { description: described('The rating, 0–100', 'Điểm chấm, thang 0–100') })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,2)' })
  points: number;

  @Field(() => String, {
    nullable: true,
    description: described('Why, in the rater’s words; null: none given', 'Nhận xét của người chấm; null: không có'),
  })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: described('Who rated it (supervisor or unit head)', 'Người chấm (cấp trên trực tiếp hoặc trưởng đơn vị)') })
  @Property({ type: 'text' })
  ratedBy: string;

  @Field({ description: described('When it was last rated', 'Thời điểm chấm gần nhất') })
  @Property({ type: 'timestamptz' })
  ratedAt: Date = new Date();
}
