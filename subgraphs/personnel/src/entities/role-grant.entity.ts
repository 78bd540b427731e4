import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLLocalDate, Role } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from './ids.js';

@ObjectType({
  description:
    'A role given to a person by a province or agency admin, from a date (and to a date, or until revoked): agency and ' +
    'catalogue admins over one agency, province analysts and admins over the province. Never deleted: the grants are their ' +
    'own audit trail (who granted, who revoked, when and why).',
})
@Entity({ tableName: 'role_grant' })
export class RoleGrant {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => Role)
  @Property({ type: 'text' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The agency an agency or catalogue admin acts for; null for province roles' })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day it holds; null while open-ended' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field({ description: 'Who granted it (subject of the caller’s identity)' })
  @Property({ type: 'text' })
  grantedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  grantedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who revoked it; null while not revoked' })
  @Property({ type: 'text', nullable: true })
  revokedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked: it stops counting at that moment' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;
}
