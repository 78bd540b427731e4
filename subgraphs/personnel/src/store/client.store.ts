import type { EntityManager } from '@mikro-orm/postgresql';
import { IntegrationClient } from '../entities/index.js';

/** Data access for the register of integration clients; every method is one statement. */
export class ClientStore {
  constructor(private readonly em: EntityManager) {}

  list(includeRevoked: boolean) {
    return this.em.find(IntegrationClient, includeRevoked ? {} : { revokedAt: null }, { orderBy: { clientId: 'asc' } });
  }

  byClientId(clientId: string) {
    return this.em.findOne(IntegrationClient, { clientId });
  }
}
