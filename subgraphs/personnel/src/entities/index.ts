export * from './enums.js';
export * from './ids.js';
export { Agency } from './agency.entity.js';
export { JobPosition, STANDARD_MINUTES_PER_DAY } from './job-position.entity.js';
export { Employee } from './employee.entity.js';
export { Placement } from './placement.entity.js';
export { RoleGrant } from './role-grant.entity.js';
export { IntegrationClient } from './integration-client.entity.js';
export { ClientOperation } from './client-operation.entity.js';

import { Agency } from './agency.entity.js';
import { Employee } from './employee.entity.js';
import { JobPosition } from './job-position.entity.js';
import { Placement } from './placement.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { IntegrationClient } from './integration-client.entity.js';
import { ClientOperation } from './client-operation.entity.js';
export const entities = [Agency, JobPosition, Employee, Placement, RoleGrant, IntegrationClient, ClientOperation];
