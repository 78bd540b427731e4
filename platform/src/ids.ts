import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Time-ordered ids keep inserts at the right edge of indexes, at a province's or a country's scale. */
export const newId = () => uuidv7();

const DEMO_NAMESPACE = '2f1e6f7c-1b0e-4f3a-9a53-7a1f5d0d9c11';
/**
 * Stable ids for demo records, derived from their codes: every subgraph's demo data refers to the
 * same agencies and positions, and dev tokens survive a reload.
 */
export const demoId = (kind: string, code: string) => uuidv5(`${kind}:${code}`, DEMO_NAMESPACE);

/** A uuid as the graph's ids are written: anything else is refused before it reaches a uuid column (which would fail the statement). */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
