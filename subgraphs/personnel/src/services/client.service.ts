import { createHash, randomBytes } from 'node:crypto';
import { clockNow, DomainError, forbidden, required, uniqueCode, writable } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { ClientOperation, IntegrationClient } from '../entities/index.js';
import { Kind, parse } from 'graphql';
import { assertRegistration, assertScopes, canManageClients, canReadClients } from '../rules/clients.js';
import { ClientStore } from '../store/client.store.js';
import type { PersonnelContext } from './context.js';
import type { RegisterClientInput, UpdateClientInput } from './inputs.js';
import { moment, plain, said } from '../messages.js';

/** A new secret: 256 random bits, shown once; the register keeps its SHA-256. */
function newSecret() {
  const secret = randomBytes(32).toString('base64url');
  return { secret, secretHash: createHash('sha256').update(secret).digest('hex') };
}

/** The gateway forgets what it remembers of the client at once (see SubgraphContext.accessChanged). */
const changed = (ctx: PersonnelContext, client: IntegrationClient) => ctx.accessChanged.add(`client:${client.clientId}`);

export async function registerClient(ctx: PersonnelContext, input: RegisterClientInput) {
  if (!canManageClients(ctx.identity)) throw forbidden(said.registeringClients());
  const clientId = input.clientId.trim();
  assertRegistration({ ...input, clientId });
  const { secret, secretHash } = newSecret();
  const client = ctx.em.create(IntegrationClient, {
    clientId,
    name: required('name', input.name, said.theName()),
    scopes: [...new Set(input.scopes)],
    requestsPerWindow: input.requestsPerWindow ?? null,
    secretHash,
    registeredBy: ctx.identity.subject,
  } as IntegrationClient);
  await uniqueCode(clientId, said.aClient(), () => ctx.em.flush());
  return { client, secret };
}

async function managed(ctx: PersonnelContext, id: string) {
  const found = await ctx.em.findOne(IntegrationClient, { id });
  const client = writable(ctx.identity, found, () => canManageClients(ctx.identity), said.anIntegrationClient(), said.byId({ id }));
  if (client.revokedAt)
    throw new DomainError(ErrorCode.ALREADY_DECIDED, said.clientRevoked({ clientId: client.clientId, at: moment(client.revokedAt) }), {
      field: 'id',
    });
  return client;
}

/** A new secret; the old one stops working at once. */
export async function rotateClientSecret(ctx: PersonnelContext, id: string) {
  const client = await managed(ctx, id);
  const { secret, secretHash } = newSecret();
  client.secretHash = secretHash;
  client.secretSetAt = clockNow();
  await ctx.em.flush();
  changed(ctx, client);
  return { client, secret };
}

export async function updateClient(ctx: PersonnelContext, id: string, input: UpdateClientInput) {
  const client = await managed(ctx, id);
  if (input.scopes) {
    assertScopes(input.scopes);
    client.scopes = [...new Set(input.scopes)];
  }
  if (input.requestsPerWindow !== undefined) {
    assertRegistration({ clientId: client.clientId, scopes: client.scopes, requestsPerWindow: input.requestsPerWindow });
    client.requestsPerWindow = input.requestsPerWindow;
  }
  if (input.name !== undefined && input.name !== null) client.name = required('name', input.name, said.theName());
  await ctx.em.flush();
  changed(ctx, client);
  return client;
}

/** Ends a client at once (its tokens are refused from then); kept, with who revoked it and why. */
export async function revokeClient(ctx: PersonnelContext, id: string, reason: string) {
  const why = required('reason', reason, said.theRevocationReason());
  const client = await managed(ctx, id);
  client.revokedAt = clockNow();
  client.revokedBy = ctx.identity.subject;
  client.revokeReason = why;
  await ctx.em.flush();
  changed(ctx, client);
  return client;
}

export async function listClients(ctx: PersonnelContext, includeRevoked: boolean) {
  if (!canReadClients(ctx.identity)) throw forbidden(said.theIntegrationClients());
  return new ClientStore(ctx.em).list(includeRevoked);
}

export async function clientById(ctx: PersonnelContext, clientId: string) {
  if (!canReadClients(ctx.identity)) throw forbidden(said.theIntegrationClients());
  return new ClientStore(ctx.em).byClientId(clientId);
}

/**
 * Restricts a client to these operations (its safelist), replacing what it had; none lifts the
 * restriction. Each must parse as one named operation; its id is the SHA-256 of its text.
 */
export async function setClientOperations(ctx: PersonnelContext, id: string, documents: string[]) {
  const client = await managed(ctx, id);
  const operations = documents.map((document, index) => ({ document, name: operationName(document, index) }));
  await ctx.em.transactional(async (em) => {
    await new ClientStore(em).clearOperations(client.clientId);
    for (const { document, name } of operations)
      em.create(ClientOperation, {
        clientId: client.clientId,
        operationId: createHash('sha256').update(document).digest('hex'),
        name,
        document,
        registeredBy: ctx.identity.subject,
      } as ClientOperation);
  });
  ctx.loaders.clientOperations.clear(client.clientId);
  changed(ctx, client);
  return client;
}

function operationName(document: string, index: number): string {
  let parsed;
  try {
    parsed = parse(document);
  } catch (error) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      said.operationNotGraphql({ number: plain(index + 1), reason: (error as Error).message }),
      {
        field: 'documents',
      },
    );
  }
  const operations = parsed.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0]!.name)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.operationNotOne({ number: plain(index + 1) }), {
      field: 'documents',
    });
  return operations[0]!.name.value;
}
