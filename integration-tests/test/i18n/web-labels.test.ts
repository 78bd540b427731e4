import { describe, expect, it } from '@jest/globals';
import { workspaceRoot } from '@kpi/platform';
import { buildSchema, isEnumType } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * One catalogue (issue 15 §2): the web app names the graph's values (levels, statuses, position
 * categories…) with the graph's own labels (`web/src/graphql/labels.json`, written by `pnpm
 * schema:compose` and held fresh by `pnpm schema:check`) and shows the graph's refusals as the graph
 * says them. These tests fail when a screen starts a second wording: a texts object keyed by an
 * enum's values, a key for an enum the labels don't hold, or a table of the graph's error codes.
 */
const root = workspaceRoot();
const web = join(root, 'web/src');
const labels = JSON.parse(readFileSync(join(web, 'graphql/labels.json'), 'utf8')) as Record<
  'vi' | 'en',
  Record<string, Record<string, string>>
>;
const schema = buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));
const enums = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((type) => !type.name.startsWith('__'))
  .map((type) => ({ name: type.name, values: new Set(type.getValues().map((value) => value.name)) }));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'graphql' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const keyOf = (property: ts.ObjectLiteralElementLike) =>
  property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;

/** Object literals of the web app whose keys are mostly one enum's values (two or more of them). */
function enumKeyedObjects(text: string, file: string) {
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.map(keyOf).filter((key): key is string => key !== undefined);
      for (const { name, values } of enums) {
        const hits = keys.filter((key) => values.has(key));
        if (hits.length >= 2 && hits.length * 2 >= keys.length) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push(`${relative(root, file)}:${line} labels ${name} (${hits.join(', ')})`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the web app names the graph’s values with the graph’s labels', () => {
  const files = sources(web).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('has the labels of the public graph’s enums in both languages', () => {
    expect(Object.keys(labels.vi).sort()).toEqual(Object.keys(labels.en).sort());
    // The screens' enums, at least, are there with every value.
    for (const name of ['ClassificationLevel', 'PositionCategory', 'AssignmentStatus', 'JobState', 'ReminderKind']) {
      const values = [...enums.find((type) => type.name === name)!.values].sort();
      expect(Object.keys(labels.vi[name] ?? {}).sort()).toEqual(values);
      expect(Object.keys(labels.en[name] ?? {}).sort()).toEqual(values);
    }
  });

  it('keeps no texts of its own keyed by an enum’s values', () => {
    expect(files.flatMap(({ file, text }) => enumKeyedObjects(text, file))).toEqual([]);
  });

  it('finds each enum it names in the labels', () => {
    const named = files.flatMap(({ file, text }) =>
      [...text.matchAll(/\benum\.(\w+)\./g)].map((match) => ({ where: relative(root, file), name: match[1]! })),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !labels.vi[name]).map(({ where, name }) => `${where}: ${name}`)).toEqual([]);
  });

  it('words none of the graph’s error codes itself', () => {
    const codes = /\b(FORBIDDEN|ALREADY_DECIDED|PERIOD_CLOSED|DAY_OVER_24_HOURS|NOT_PERFORMABLE|INVALID_WEIGHTS)\s*:/;
    expect(files.filter(({ text }) => codes.test(text)).map(({ file }) => relative(root, file))).toEqual([]);
  });

  it('catches a screen that words an enum again', () => {
    const copy = `addTexts('x', { vi: { level: { EXCELLENT: 'Xuất sắc', GOOD: 'Tốt', COMPLETED: 'Hoàn thành' } } });`;
    expect(enumKeyedObjects(copy, join(web, 'pages/x.tsx'))).toContain(
      'web/src/pages/x.tsx:1 labels ClassificationLevel (EXCELLENT, GOOD, COMPLETED)',
    );
    expect(enumKeyedObjects(`const steps = { first: 1, second: 2 };`, join(web, 'pages/x.tsx'))).toEqual([]);
  });
});
