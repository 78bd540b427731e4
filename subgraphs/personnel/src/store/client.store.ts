import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientOperation, IntegrationClient } from '../entities/index.js';

/** Data access for the register of integration clients; every method is one statement. */
export class ClientStore {
  constructor(private readonly em: EntityManager) {}

  list(includeRevoked: boolean) {
    return this.em.find(IntegrationClient, includeRevoked ? {} : { revokedAt: null }, { orderBy: { clientId: 'asc' } });
  }

  byClientId(clientId: string) {
    return this.em.findOne(IntegrationClient, { clientId });
  }

  operationsOf(clientIds: readonly string[]) {
    return this.em.find(ClientOperation, { clientId: { $in: [...clientIds] } }, { orderBy: { name: 'asc', operationId: 'asc' } });
  }

  /** Replaces a client's safelist: deletes what it had (one statement; the caller then inserts). */
  clearOperations(clientId: string) {
    return this.em.nativeDelete(ClientOperation, { clientId });
  }
}
