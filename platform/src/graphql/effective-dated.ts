import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../ids.js';
import { GraphQLLocalDate } from './scalars.js';
import { described } from '../i18n/descriptions.js';

/**
 * A version of a rule set in force from a date (the province's catalogue limits, the diary
 * policy, the scoring policy, a sector's KPI standard): the next version starts after it and ends
 * it the day before (`latestVersionForChange`), and who recorded it, when and why are kept with
 * it. Entities extend this for the one block of columns and fields they share.
 */
@ObjectType({ description: 'Not a type of the schema: its fields are inherited' })
export abstract class EffectiveDated {
  @Field(() => ID, { description: described('The id of this version', 'Mã định danh của phiên bản này') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => GraphQLLocalDate, { description: described('The first day in force', 'Ngày bắt đầu có hiệu lực') })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'The last day in force; null while it is the latest',
      'Ngày cuối cùng có hiệu lực; để trống khi đây là phiên bản mới nhất',
    ),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field({ description: described('Who recorded this version', 'Người ghi nhận phiên bản này') })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field({ description: described('When it was recorded', 'Thời điểm ghi nhận') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: described('Why: kept in the record', 'Lý do: được lưu trong hồ sơ') })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
