import { forbidden } from '@kpi/platform';
import type { MiddlewareFn } from 'type-graphql';
import { said } from '../messages.js';
import { mayCallAsClient } from '../rules/access.js';
import type { EducationContext } from '../services/context.js';

/**
 * Integration clients deliver taught periods and do nothing else: checked at the door of every
 * root field, before any argument is looked at; a root field added later is closed to clients
 * until it is listed in `CLIENT_OPERATIONS`.
 */
export const PeriodsOnlyForClients: MiddlewareFn<EducationContext> = ({ context, info }, next) => {
  if (info.path.prev === undefined && !mayCallAsClient(context.identity, info.fieldName))
    throw forbidden(said.clientsDeliverOnly({ field: info.fieldName }));
  return next();
};
