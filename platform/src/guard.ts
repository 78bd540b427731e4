import { DomainError, ErrorCode, forbidden, said } from './errors.js';
import { hasRole, readsProvince, type Identity } from './identity/identity.js';
import { Role } from './identity/roles.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * Reads by key never tell a caller whether a record they may not see exists: for them a missing
 * record and a hidden one are both FORBIDDEN. Province readers see everything, so for them a
 * missing record is simply null.
 */
export function readable<T>(who: Identity, record: T | null, allowed: (record: T) => boolean, what: string): T | null {
  if (record && allowed(record)) return record;
  if ((readsProvince(who) && who.kind === 'person') || who.kind === 'service') return null;
  throw forbidden(what);
}

/** The same for writes: NOT_FOUND only for those who could change the record if it existed. */
export function writable<T>(who: Identity, record: T | null, allowed: (record: T) => boolean, what: string, key: string): T {
  if (record && allowed(record)) return record;
  if (!record && hasRole(who, Role.PROVINCE_ADMIN)) throw new DomainError(ErrorCode.NOT_FOUND, said.notFound({ what, key }));
  throw forbidden(what);
}

/** `label` names the field for a person (said in the request's language by the caller). */
export function required(field: string, value: string | null | undefined, label = field): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.mustNotBeEmpty({ label }), { field });
  return trimmed;
}

export function codeOf(field: string, value: string): string {
  const code = required(field, value, said.theCode());
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(code)) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.codeShape(), { field });
  return code;
}

/** Turns a unique-index race (two admins creating the same code at once) into the coded error. */
export async function uniqueCode<T>(code: string, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicateCode(what, code);
    throw error;
  }
}

export const duplicateCode = (what: string, code: string) =>
  new DomainError(ErrorCode.DUPLICATE_CODE, said.duplicateCode({ what, code }), {
    field: 'code',
    value: code,
  });
