import { Timestamped } from '@kpi/platform';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { EmploymentStatus, StaffType } from './enums.js';
import { newId } from './ids.js';

@ObjectType({
  description: 'A cadre, civil servant or public employee. Agency, division, position and supervisor are the latest placement’s',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ tableName: 'employee' })
export class Employee extends Timestamped {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'Staff code, unique in the province' })
  @Property({ length: 32 })
  code: string;

  @Field()
  @Property({ type: 'text' })
  fullName: string;

  /** Lower-case, without Vietnamese diacritics: "Nguyễn Văn Đức" is found by "nguyen van duc". */
  @Property({ type: 'text' })
  searchName: string;

  /** Vietnamese names sort by given name (the last word), then the full name. */
  @Property({ type: 'text' })
  sortName: string;

  @Field(() => StaffType)
  @Property({ type: 'text' })
  staffType: StaffType;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Null once separated from service' })
  @Property({ type: 'uuid', nullable: true })
  positionId: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  supervisorId: string | null = null;

  @Field(() => EmploymentStatus)
  @Property({ type: 'text' })
  status: EmploymentStatus = EmploymentStatus.ACTIVE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;
}
