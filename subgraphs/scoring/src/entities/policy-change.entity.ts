import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described, GraphQLJSONObject, GraphQLLocalDate, newId } from '@kpi/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ScoringRules } from '../rules/policy.js';

export enum PolicyChangeAction {
  AMEND = 'AMEND',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(PolicyChangeAction, {
  name: 'PolicyChangeAction',
  description: described(
    'How a policy version no score used was corrected',
    'Cách sửa một phiên bản chính sách chưa được dùng để chấm điểm',
  ),
  valuesConfig: {
    AMEND: { description: described('Its start, preset or rules were changed', 'Sửa ngày hiệu lực, bộ mặc định hoặc quy tắc') },
    WITHDRAW: {
      description: described(
        'It was withdrawn: the version before it is in force again',
        'Thu hồi: phiên bản trước đó có hiệu lực trở lại',
      ),
    },
  },
});

@ObjectType({
  description: described(
    'A policy version as it stood before it was amended or withdrawn (no score had used it), with who, when and why',
    'Một phiên bản chính sách như trước khi bị sửa hoặc thu hồi (chưa điểm nào dùng đến), kèm người, thời điểm và lý do',
  ),
})
@Entity({ tableName: 'policy_change' })
export class PolicyChange {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Int, { description: described('The version changed', 'Phiên bản bị thay đổi') })
  @Property({ type: 'integer' })
  version: number;

  @Field(() => PolicyChangeAction, { description: described('Amended or withdrawn', 'Sửa hay thu hồi') })
  @Property({ type: 'text' })
  action: PolicyChangeAction;

  @Field(() => GraphQLLocalDate, {
    description: described('The version’s start before the change', 'Ngày hiệu lực của phiên bản trước khi thay đổi'),
  })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field({ description: described('The version’s preset before the change', 'Bộ mặc định của phiên bản trước khi thay đổi') })
  @Property({ type: 'text' })
  preset: string;

  @Field(() => GraphQLJSONObject, {
    description: described('The version’s rules before the change', 'Các quy tắc của phiên bản trước khi thay đổi'),
  })
  @Property({ type: 'json' })
  rules: ScoringRules;

  @Field({ description: described('Who recorded the version', 'Người ghi nhận phiên bản') })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field({ description: described('When the version was recorded', 'Thời điểm ghi nhận phiên bản') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date;

  @Field({ description: described('Who amended or withdrew it', 'Người sửa hoặc thu hồi') })
  @Property({ type: 'text' })
  changedBy: string;

  @Field({ description: described('When it was amended or withdrawn', 'Thời điểm sửa hoặc thu hồi') })
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();

  @Field({ description: described('Why, as said when changing it', 'Lý do thay đổi') })
  @Property({ type: 'text' })
  reason: string;
}
