import { DomainError, hasRole, isClientScope, isService, Role, CLIENT_SCOPES, type Identity } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { plain, said } from '../messages.js';

/** An OAuth client id: lower-case letters, digits and dashes, 2–63 (it appears in URLs and logs). */
const CLIENT_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** The most requests per window a client may be given (the gateway's window, default a minute). */
export const MAX_REQUESTS_PER_WINDOW = 100_000;

export function assertRegistration(input: { clientId: string; scopes: string[]; requestsPerWindow?: number | null }) {
  if (!CLIENT_ID.test(input.clientId))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.clientIdShape(), {
      field: 'clientId',
    });
  assertScopes(input.scopes);
  const limit = input.requestsPerWindow;
  if (limit !== undefined && limit !== null && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_REQUESTS_PER_WINDOW))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.requestsPerWindow({ max: plain(MAX_REQUESTS_PER_WINDOW) }), {
      field: 'requestsPerWindow',
    });
}

export function assertScopes(scopes: string[]) {
  const unknown = scopes.filter((scope) => !isClientScope(scope));
  if (!scopes.length || unknown.length)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      unknown.length
        ? said.unknownScope({ scopes: unknown.join(', '), known: Object.keys(CLIENT_SCOPES).join(', ') })
        : said.noScope({ known: Object.keys(CLIENT_SCOPES).join(', ') }),
      { field: 'scopes' },
    );
}

/** Registering, rotating and revoking clients is the province admins' (a person, never a client or service). */
export const canManageClients = (who: Identity) => who.kind === 'person' && hasRole(who, Role.PROVINCE_ADMIN);

/** The register is read by province admins, and by the gateway and the identity provider (who check clients). */
export const canReadClients = (who: Identity) =>
  canManageClients(who) || (isService(who) && (who.subject === 'service:gateway' || who.subject === 'service:identity'));

/** A secret's hash goes to the identity provider alone: it authenticates clients. */
export const canReadSecretHash = (who: Identity) => isService(who) && who.subject === 'service:identity';
