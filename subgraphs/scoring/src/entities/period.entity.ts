import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described, newId, GraphQLLocalDate, PARTNER } from '@kpi/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PeriodKind, PeriodStatus } from './enums.js';

@Directive(PARTNER)
@ObjectType({
  description: described(
    'A month, quarter or year being scored; closing it freezes its scores with their inputs. Any signed-in person reads it',
    'Một tháng, quý hoặc năm được chấm điểm; khóa sổ kỳ sẽ khóa điểm cùng dữ liệu đầu vào. Mọi người dùng đã đăng nhập đều xem được',
  ),
})
@Entity({ tableName: 'scoring_period' })
export class ScoringPeriod {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('Its code: 2026-11, 2026-Q4 or 2026', 'Mã kỳ: 2026-11, 2026-Q4 hoặc 2026') })
  @Property({ type: 'text', unique: true })
  code: string;

  @Field(() => PeriodKind, { description: described('Month, quarter or year', 'Tháng, quý hay năm') })
  @Property({ type: 'text' })
  kind: PeriodKind;

  @Field(() => GraphQLLocalDate, { description: described('Its first day', 'Ngày đầu kỳ') })
  @Property({ type: 'string', columnType: 'date' })
  fromDate: string;

  @Field(() => GraphQLLocalDate, { description: described('Its last day (included)', 'Ngày cuối kỳ (tính cả ngày này)') })
  @Property({ type: 'string', columnType: 'date' })
  toDate: string;

  @Field(() => PeriodStatus, { description: described('Open (live scores) or closed (frozen)', 'Đang mở (điểm cập nhật) hay đã khóa sổ') })
  @Property({ type: 'text' })
  status: PeriodStatus = PeriodStatus.OPEN;

  @Field(() => Int, {
    nullable: true,
    description: described(
      'The policy version of its last computation (kept once closed); null: never computed',
      'Phiên bản chính sách của lần tính gần nhất (giữ nguyên khi đã khóa sổ); null: chưa tính lần nào',
    ),
  })
  @Property({ type: 'integer', nullable: true })
  policyVersion: number | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described(
      'When its stored scores were last computed; null: never (scores are then only live)',
      'Thời điểm điểm đã lưu được tính gần nhất; null: chưa tính (khi đó chỉ có điểm tính trực tiếp)',
    ),
  })
  @Property({ type: 'timestamptz', nullable: true })
  computedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described('When the province closed it; null: open', 'Thời điểm toàn tỉnh khóa sổ; null: đang mở'),
  })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: described('Who closed it; null: open', 'Người khóa sổ; null: đang mở') })
  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;
}

@ObjectType({ description: 'An audited act on scoring: a close, a reopening, a policy change, a recomputation' })
@Entity({ tableName: 'scoring_audit' })
export class ScoringAudit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  periodCode: string | null = null;

  @Field()
  @Property({ type: 'text' })
  actor: string;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
