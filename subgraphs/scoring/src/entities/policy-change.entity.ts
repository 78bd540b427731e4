import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject, GraphQLLocalDate, newId } from '@kpi/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ScoringRules } from '../rules/policy.js';

export enum PolicyChangeAction {
  AMEND = 'AMEND',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(PolicyChangeAction, { name: 'PolicyChangeAction', description: 'How a policy version no score used was corrected' });

@ObjectType({
  description: 'A policy version as it stood before it was amended or withdrawn (no score had used it), with who, when and why',
})
@Entity({ tableName: 'policy_change' })
export class PolicyChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Int)
  @Property({ type: 'integer' })
  version: number;

  @Field(() => PolicyChangeAction)
  @Property({ type: 'text' })
  action: PolicyChangeAction;

  @Field(() => GraphQLLocalDate, { description: 'The version’s start before the change' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field()
  @Property({ type: 'text' })
  preset: string;

  @Field(() => GraphQLJSONObject, { description: 'The version’s rules before the change' })
  @Property({ type: 'json' })
  rules: ScoringRules;

  @Field({ description: 'Who recorded the version' })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date;

  @Field()
  @Property({ type: 'text' })
  changedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();

  @Field()
  @Property({ type: 'text' })
  reason: string;
}
