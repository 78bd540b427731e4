import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClientOperation, IntegrationClient } from '../entities/index.js';
import { canReadSecretHash } from '../rules/clients.js';
import * as clients from '../services/client.service.js';
import type { PersonnelContext } from '../services/context.js';
import { IntegrationClientSecret, RegisterClientInput, UpdateClientInput } from '../services/inputs.js';

@Resolver(() => IntegrationClient)
export class IntegrationClientResolver {
  @Query(() => [IntegrationClient], { description: 'The registered integration clients (province admins)' })
  integrationClients(@Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean, @Ctx() ctx: PersonnelContext) {
    return clients.listClients(ctx, includeRevoked);
  }

  @Query(() => IntegrationClient, { nullable: true, description: 'One client by its OAuth client id' })
  integrationClient(@Arg('clientId') clientId: string, @Ctx() ctx: PersonnelContext) {
    return clients.clientById(ctx, clientId);
  }

  @Mutation(() => IntegrationClientSecret, { description: 'Registers a client with its scopes; answers its secret, once' })
  registerIntegrationClient(@Arg('input') input: RegisterClientInput, @Ctx() ctx: PersonnelContext) {
    return clients.registerClient(ctx, input);
  }

  @Mutation(() => IntegrationClientSecret, { description: 'A new secret for a client; the old one stops working at once' })
  rotateIntegrationClientSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: PersonnelContext) {
    return clients.rotateClientSecret(ctx, id);
  }

  @Mutation(() => IntegrationClient, { description: 'Its name, scopes or rate limit' })
  updateIntegrationClient(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateClientInput, @Ctx() ctx: PersonnelContext) {
    return clients.updateClient(ctx, id, input);
  }

  @Mutation(() => IntegrationClient, { description: 'Ends a client at once; kept, with who revoked it and why' })
  revokeIntegrationClient(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: PersonnelContext) {
    return clients.revokeClient(ctx, id, reason);
  }

  @Mutation(() => IntegrationClient, {
    description: 'Restricts a client to these operations (persisted operations), replacing its list; an empty list lifts it',
  })
  setIntegrationClientOperations(
    @Arg('id', () => ID) id: string,
    @Arg('documents', () => [String]) documents: string[],
    @Ctx() ctx: PersonnelContext,
  ) {
    return clients.setClientOperations(ctx, id, documents);
  }

  @FieldResolver(() => [ClientOperation], { description: 'The operations it is restricted to; none: any its scopes allow' })
  operations(@Root() client: IntegrationClient, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.clientOperations.load(client.clientId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'SHA-256 of its secret: for the identity provider only' })
  secretHash(@Root() client: IntegrationClient, @Ctx() ctx: PersonnelContext) {
    return canReadSecretHash(ctx.identity) ? client.secretHash : null;
  }
}
