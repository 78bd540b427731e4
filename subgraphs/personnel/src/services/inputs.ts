import { GraphQLLocalDate, Role } from '@kpi/platform';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyKind, EmploymentStatus, IntegrationClient, PositionCategory, StaffType } from '../entities/index.js';
import { EmployeeSortField, SortDirection } from '../store/employee.store.js';

registerEnumType(EmployeeSortField, { name: 'EmployeeSortField', description: 'NAME sorts by given name, as Vietnamese directories do' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class AgencyFilter {
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true, description: 'Direct children of this agency' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'Anywhere below this agency' }) withinAgencyId?: string;
  @Field({ nullable: true, description: 'Part of the name or code, diacritics optional' }) search?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CreateAgencyInput {
  @Field() code: string;
  @Field() name: string;
  @Field(() => AgencyKind) kind: AgencyKind;
  @Field(() => ID, { nullable: true, description: 'Required for everything but a PROVINCE' }) parentId?: string;
  @Field(() => [String], { nullable: true }) sectorCodes?: string[];
}

@InputType()
export class UpdateAgencyInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => ID, { nullable: true, description: 'Move the agency (and its subtree) under another parent' }) parentId?: string;
  @Field(() => [String], { nullable: true }) sectorCodes?: string[];
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class JobPositionFilter {
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => PositionCategory, { nullable: true }) category?: PositionCategory;
  @Field({ nullable: true }) isLeadership?: boolean;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CreateJobPositionInput {
  @Field(() => ID) agencyId: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => PositionCategory) category: PositionCategory;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true, description: 'Defaults to true for the LEADERSHIP category' }) isLeadership?: boolean;
  @Field(() => Int, { nullable: true, description: 'Default 480' }) standardMinutesPerDay?: number;
}

@InputType()
export class UpdateJobPositionInput {
  @Field({ nullable: true }) title?: string;
  @Field(() => PositionCategory, { nullable: true }) category?: PositionCategory;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true }) isLeadership?: boolean;
  @Field(() => Int, { nullable: true }) standardMinutesPerDay?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType({ description: 'Who reported to one of these supervisors in some placement overlapping a range of days' })
export class SupervisionFilter {
  @Field(() => [ID], { description: 'The supervisors (at most 500)' }) supervisorIds: string[];
  @Field(() => GraphQLLocalDate, { description: 'First day of the range' }) from: string;
  @Field(() => GraphQLLocalDate, { description: 'Last day of the range' }) to: string;
}

@InputType()
export class EmployeeFilter {
  @Field(() => [ID], { nullable: true, description: 'These employees only (at most 500)' }) ids?: string[];
  @Field(() => SupervisionFilter, {
    nullable: true,
    description: 'Employees who reported to one of these supervisors at some time in the range (a leader’s unit over a period)',
  })
  supervisedBy?: SupervisionFilter;
  @Field(() => ID, { nullable: true, description: 'Employees of this agency or division, or anywhere below it' }) agencyId?: string;
  @Field(() => ID, { nullable: true }) divisionId?: string;
  @Field(() => ID, { nullable: true }) positionId?: string;
  @Field(() => PositionCategory, { nullable: true }) positionCategory?: PositionCategory;
  @Field(() => StaffType, { nullable: true }) staffType?: StaffType;
  @Field(() => EmploymentStatus, { nullable: true }) status?: EmploymentStatus;
  @Field(() => ID, { nullable: true }) supervisorId?: string;
  @Field({ nullable: true, description: 'Part of the name or staff code; diacritics optional' }) search?: string;
}

@InputType()
export class EmployeeOrder {
  @Field(() => EmployeeSortField) field: EmployeeSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}

@InputType()
export class CreateEmployeeInput {
  @Field() code: string;
  @Field() fullName: string;
  @Field(() => StaffType) staffType: StaffType;
  @Field(() => ID) agencyId: string;
  @Field(() => ID, { nullable: true }) divisionId?: string;
  @Field(() => ID) positionId: string;
  @Field(() => ID, { nullable: true }) supervisorId?: string;
  @Field({ nullable: true }) email?: string;
  @Field(() => GraphQLLocalDate, { description: 'First day in this placement' }) startDate: string;
  @Field({ nullable: true }) decisionNumber?: string;
}

@InputType()
export class UpdateEmployeeInput {
  @Field({ nullable: true }) fullName?: string;
  @Field(() => StaffType, { nullable: true }) staffType?: StaffType;
  @Field({ nullable: true }) email?: string;
  @Field(() => ID, { nullable: true, description: 'Change the direct supervisor (refused if it would make a cycle)' })
  supervisorId?: string;
}

@InputType({ description: 'A transfer, rotation or appointment, effective from a date' })
export class PlacementInput {
  @Field(() => ID) employeeId: string;
  @Field(() => ID, { nullable: true, description: 'Target agency; defaults to the current one' }) agencyId?: string;
  @Field(() => ID, { nullable: true }) divisionId?: string;
  @Field(() => ID) positionId: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the current supervisor when the agency stays the same' })
  supervisorId?: string;
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field({ nullable: true }) decisionNumber?: string;
  @Field({ nullable: true }) reason?: string;
}

@InputType()
export class DeactivateEmployeeInput {
  @Field(() => ID) employeeId: string;
  @Field(() => EmploymentStatus, { description: 'RETIRED, RESIGNED, TRANSFERRED_OUT, DECEASED or SUSPENDED' }) status: EmploymentStatus;
  @Field(() => GraphQLLocalDate, { description: 'First day out of service' }) effectiveFrom: string;
  @Field({ nullable: true }) decisionNumber?: string;
  @Field({ nullable: true }) reason?: string;
}

@InputType({ description: 'A role given to a person; agency roles name the agency they are held over' })
export class GrantRoleInput {
  @Field(() => ID) employeeId: string;
  @Field(() => Role, { description: 'AGENCY_ADMIN, CATALOGUE_ADMIN (with agencyId), PROVINCE_ANALYST or PROVINCE_ADMIN' }) role: Role;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default: today' }) effectiveFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day it holds; default: until revoked' }) effectiveTo?: string;
  @Field({ description: 'Why (the decision behind it): kept with the grant' }) reason: string;
}

@InputType()
export class RoleGrantFilter {
  @Field(() => ID, { nullable: true }) employeeId?: string;
  @Field(() => ID, { nullable: true, description: 'Grants over this agency' }) agencyId?: string;
  @Field({ nullable: true, description: 'Also the grants ended or revoked (default: only those holding today)' }) includeEnded?: boolean;
}

@ObjectType({ description: 'What a person may do on a day, from their placement and the role grants that hold' })
export class EmployeeAccess {
  @Field(() => GraphQLLocalDate) on: string;
  @Field(() => [Role], { description: 'STAFF in service; UNIT_HEAD in a leadership post; granted roles' }) roles: Role[];
  @Field(() => [ID], { description: 'Their agency, and the agencies their agency roles are over' }) agencyIds: string[];
  @Field(() => [ID], { description: 'The unit a leader leads: their division, or their agency at its top' }) unitIds: string[];
}

@InputType()
export class RegisterClientInput {
  @Field({ description: 'Its OAuth client id: lower-case letters, digits, dashes (e.g. eoffice)' }) clientId: string;
  @Field() name: string;
  @Field(() => [String], { description: 'diary:intake, analytics:read' }) scopes: string[];
  @Field(() => Int, { nullable: true, description: 'Its own rate limit (requests per window); default: the gateway’s' })
  requestsPerWindow?: number | null;
}

@InputType()
export class UpdateClientInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => [String], { nullable: true }) scopes?: string[];
  @Field(() => Int, { nullable: true, description: 'Null: back to the gateway’s default' }) requestsPerWindow?: number | null;
}

@ObjectType({ description: 'A client and its new secret: shown this once, never again (only its hash is kept)' })
export class IntegrationClientSecret {
  @Field(() => IntegrationClient) client: IntegrationClient;
  @Field({ description: 'Give it to the client’s operators over a safe channel; it authenticates at the identity provider' })
  secret: string;
}
