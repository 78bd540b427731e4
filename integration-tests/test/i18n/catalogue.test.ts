import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  catalogueEntries,
  EdgeErrorCode,
  ErrorCode,
  hasVietnamese,
  loadGraphConfig,
  placeholders,
  say,
  workspaceRoot,
} from '@kpi/platform';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Vietnamese throughout (issue 15 §2), held by one catalogue (platform/src/i18n): every text in it
 * has both languages with the same values, every code and every enum value of the public graph is
 * labelled in both, no message is written as a bare English string where it is raised, and the
 * public schema is described — every type, field and argument — in both languages. What
 * is not yet there is listed in `untranslated.json`: a ratchet — nothing may be added to it, and a
 * list that shrank must be written down (`KPI_I18N_BASELINE=write`), so the file says what is left.
 */
const root = workspaceRoot();
const BASELINE = join(import.meta.dirname, 'untranslated.json');
interface Baseline {
  /** Raw message literals where errors are raised, per file. */
  messages: Record<string, number>;
  /** Enum values of the public graph without labels. */
  enums: string[];
  /** Error codes without labels. */
  codes: string[];
  /** Schema coordinates of the public graph without a description at all. */
  undescribed: string[];
  /** Schema coordinates whose description has no Vietnamese yet. */
  descriptionsWithoutVietnamese: string[];
}
const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;

const subgraphs = loadGraphConfig(root).subgraphs.filter((entry) => entry.module);
// Each subgraph's modules register their texts when loaded.
beforeAll(async () => {
  for (const entry of subgraphs) await import(pathToFileURL(join(root, entry.module!)).href);
  await import('@kpi/gateway');
});

function sources(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'testkit' || entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Where a message is raised with a bare string (its first argument after the code is a quote). */
const RAW = [
  /new DomainError\(\s*[^,()]+,\s*['"`]/g,
  /\bbadInput\(\s*[^,()]+,\s*['"`]/g,
  /\b(?:forbidden|unauthenticated|notFound)\(\s*['"`]/g,
  /\bsendError\(\s*\w+,\s*[^,()]+,\s*['"`]/g,
];
function rawMessages(): Record<string, number> {
  const files = [
    ...subgraphs.flatMap((entry) => sources(join(root, dirname(entry.module!)))),
    ...sources(join(root, 'platform/src')),
    ...sources(join(root, 'gateway/src')),
  ];
  const found: Record<string, number> = {};
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const count = RAW.reduce((n, pattern) => n + (text.match(pattern)?.length ?? 0), 0);
    if (count) found[relative(root, file)] = count;
  }
  return found;
}

const publicSchema = () => buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));

/** Every type, field, argument, input field and enum value of the public graph, with its description. */
function coordinates(schema: GraphQLSchema): [string, string | null | undefined][] {
  const found: [string, string | null | undefined][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    found.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) {
        found.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of 'args' in field ? field.args : []) found.push([`${type.name}.${field.name}(${arg.name}:)`, arg.description]);
      }
    if (isEnumType(type)) for (const value of type.getValues()) found.push([`${type.name}.${value.name}`, value.description]);
  }
  return found;
}

function unlabelledEnums(): string[] {
  const schema = publicSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap()))
    if (isEnumType(type) && !type.name.startsWith('__'))
      for (const value of type.getValues()) {
        const key = `enum.${type.name}:${value.name}`;
        if (say(key, undefined, 'vi') === value.name || !catalogueEntries().some((e) => `${e.namespace}:${e.key}` === key))
          missing.push(`${type.name}.${value.name}`);
      }
  return missing.sort();
}

async function unlabelledCodes(): Promise<string[]> {
  const codes = new Set<string>([...Object.values(ErrorCode), ...Object.values(EdgeErrorCode)]);
  for (const entry of subgraphs) {
    const errors = join(root, dirname(entry.module!), 'errors.ts');
    if (!existsSync(errors)) continue;
    const module = (await import(pathToFileURL(errors).href)) as { ErrorCode?: Record<string, string> };
    for (const code of Object.values(module.ErrorCode ?? {})) codes.add(code);
  }
  const labelled = new Set(
    catalogueEntries()
      .filter((e) => e.namespace === 'code')
      .map((e) => e.key),
  );
  return [...codes].filter((code) => !labelled.has(code)).sort();
}

describe('the message catalogue', () => {
  it('has every text in Vietnamese and English, filling in the same values', () => {
    const entries = catalogueEntries();
    expect(entries.length).toBeGreaterThan(20);
    const broken = entries
      .filter(({ text }) => !text.vi.trim() || !text.en.trim() || placeholders(text.vi).join() !== placeholders(text.en).join())
      .map(({ namespace, key }) => `${namespace}:${key}`);
    expect(broken).toEqual([]);
  });

  it('holds what is not yet translated to the list of what is left, which only shrinks', async () => {
    const described = coordinates(publicSchema());
    const now: Baseline = {
      messages: rawMessages(),
      enums: unlabelledEnums(),
      codes: await unlabelledCodes(),
      undescribed: described
        .filter(([, text]) => !text?.trim())
        .map(([coordinate]) => coordinate)
        .sort(),
      descriptionsWithoutVietnamese: described
        .filter(([, text]) => !hasVietnamese(text))
        .map(([coordinate]) => coordinate)
        .sort(),
    };
    if (process.env.KPI_I18N_BASELINE === 'write') writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
    const grown = Object.entries(now.messages)
      .filter(([file, count]) => count > (baseline.messages[file] ?? 0))
      .map(([file, count]) => `${file}: ${count} bare messages (was ${baseline.messages[file] ?? 0}); say them through the catalogue`);
    expect(grown).toEqual([]);
    expect(now.enums.filter((e) => !baseline.enums.includes(e))).toEqual([]);
    expect(now.codes.filter((c) => !baseline.codes.includes(c))).toEqual([]);
    // A new type, field or argument comes described, in both languages (platform's `described(en, vi)`).
    expect(now.undescribed.filter((c) => !baseline.undescribed.includes(c))).toEqual([]);
    expect(now.descriptionsWithoutVietnamese.filter((c) => !baseline.descriptionsWithoutVietnamese.includes(c))).toEqual([]);
    // What was translated comes off the list (KPI_I18N_BASELINE=write rewrites it).
    expect(now).toEqual(baseline);
  });
});
