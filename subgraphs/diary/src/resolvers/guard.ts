import { forbidden } from '@kpi/platform';
import type { MiddlewareFn } from 'type-graphql';
import { mayCallAsClient } from '../rules/access.js';
import type { DiaryContext } from '../services/context.js';
import { said } from '../messages.js';

/**
 * Integration clients deliver work events and do nothing else. Checked at the door, on every root
 * query and mutation of every diary resolver, before any argument is looked at: a client gets
 * FORBIDDEN whatever it sends, and a root field added later is closed to clients until it is
 * listed in `CLIENT_OPERATIONS`. The services keep their own checks too.
 */
export const IntakeOnlyForClients: MiddlewareFn<DiaryContext> = ({ context, info }, next) => {
  const isRootField = info.path.prev === undefined;
  if (isRootField && !mayCallAsClient(context.identity, info.fieldName))
    throw forbidden(said.clientsOnlyDeliver({ field: info.fieldName }));
  return next();
};
