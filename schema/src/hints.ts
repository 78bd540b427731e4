/**
 * Composition hints: what composition decided on its own when subgraphs disagreed (which
 * description won, which enum values were merged…). They used to be printed only with VERBOSE, so
 * a department's description silently replaced the province's; now every compose and check shows
 * them, and ownership.ts turns a department's disagreement with the province into an error.
 */
import type { composeServices } from '@apollo/composition';

/** The package does not export the class; its results carry it. */
type CompositionHint = NonNullable<ReturnType<typeof composeServices>['hints']>[number];

/** A hint as the checks use it: plain data, so that tests can state one without composing. */
export interface HintSummary {
  code: string;
  /** WARN, INFO or DEBUG */
  level: string;
  message: string;
  /** The schema element it is about, when it is about one (`Employee`, `Employee.fullName`). */
  coordinate?: string;
  /** The subgraphs whose definitions it compares. */
  subgraphs: string[];
}

export function summarizeHint(hint: CompositionHint): HintSummary {
  return {
    code: hint.definition.code,
    level: hint.definition.level.name,
    message: hint.message,
    coordinate: hint.coordinate ?? hint.element?.coordinate,
    subgraphs: [...new Set((hint.nodes ?? []).map((node) => node.subgraph))].sort(),
  };
}

/** The hints grouped by code, each with its whole message (indented under its code). */
export function formatHints(hints: readonly HintSummary[]): string[] {
  if (!hints.length) return ['Composition hints: none.'];
  const byCode = new Map<string, HintSummary[]>();
  for (const hint of hints) byCode.set(hint.code, [...(byCode.get(hint.code) ?? []), hint]);
  const lines = [`Composition hints (${hints.length}):`];
  for (const [code, group] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${code} (${group[0].level}), ${group.length}:`);
    for (const hint of group) {
      const [first, ...rest] = hint.message.split('\n');
      lines.push(`    - ${first}`, ...rest.map((line) => `      ${line}`));
    }
  }
  return lines;
}
