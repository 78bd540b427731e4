import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PARTNER } from '@kpi/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive(PARTNER)
@ObjectType({
  description: 'One agency’s period closed before the province’s: its people’s scores frozen with their inputs while the rest stay live',
})
@Entity({ tableName: 'agency_close' })
export class AgencyClose {
  @PrimaryKey({ type: 'uuid' })
  periodId: string;

  @Field(() => ID, { description: 'The agency closed' })
  @PrimaryKey({ type: 'uuid' })
  agencyId: string;

  /** Whom the close froze: a reopening unfreezes exactly them. */
  @Property({ type: 'uuid[]' })
  employeeIds: string[];

  @Field(() => Int, { description: 'How many people’s scores the close froze' })
  get people(): number {
    return this.employeeIds.length;
  }

  @Field()
  @Property({ type: 'timestamptz' })
  closedAt: Date = new Date();

  @Field()
  @Property({ type: 'text' })
  closedBy: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
