import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * oidc-provider's storage for sessions, grants, codes and tokens, in this process's memory (what
 * its own development adapter does, which is not exported): entries expire with their `expiresIn`.
 * A restart signs everyone out — right for the development and demo provider, not for production.
 */
type Store = Map<string, { payload: AdapterPayload; expiresAt: number }>;

export class MemoryAdapter implements Adapter {
  constructor(
    readonly name: string,
    private readonly store: Store,
  ) {}

  private get(id: string): AdapterPayload | undefined {
    const entry = this.store.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.store.delete(id);
      return undefined;
    }
    return entry.payload;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
    this.store.set(id, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY });
  }

  async find(id: string) {
    return this.get(id);
  }

  async findByUserCode(userCode: string) {
    for (const id of this.store.keys()) if (this.get(id)?.userCode === userCode) return this.get(id);
    return undefined;
  }

  async findByUid(uid: string) {
    for (const id of this.store.keys()) if (this.get(id)?.uid === uid) return this.get(id);
    return undefined;
  }

  async consume(id: string) {
    const payload = this.get(id);
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string) {
    this.store.delete(id);
  }

  async revokeByGrantId(grantId: string) {
    for (const [id, entry] of this.store) if (entry.payload.grantId === grantId) this.store.delete(id);
  }
}

/** One provider's stores, one per model name (sessions, grants, tokens…). */
export function memoryStores() {
  const stores = new Map<string, Store>();
  return (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    return new MemoryAdapter(name, stores.get(name)!);
  };
}
