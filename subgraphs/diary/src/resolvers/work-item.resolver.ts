import { DomainError, selectedFields, selectedFieldsUnder } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DiaryContext } from '../services/context.js';
import { itemLabels } from '../services/facts.service.js';
import type { ItemLabels } from '../peers/catalogue.js';

/**
 * What the diary answers of the work items its entries and assignments name: the catalogue's own
 * code, name and unit of today, kept under its revision. A staff page of a month's entries and
 * assignments asked the catalogue twice, one call after the diary's each time.
 */
export const PROVIDES_ITEM_LABELS = '@provides(fields: "code name unit")';
const LABELS = ['code', 'name', 'unit'];

/** The request's loader of item labels: every item its entries and assignments name, in one ask. */
function labelsOf(ctx: DiaryContext) {
  return (ctx.loaders.itemLabels ??= new DataLoader<string, ItemLabels | null>((ids) => itemLabels(ctx, ids)));
}

/** Whether a selection asks for the provided fields; the same nodes serve every item of a list. */
const asksLabels = new WeakMap<readonly FieldNode[], boolean>();

/**
 * Loads ahead the labels of the items a list's rows name, when its caller selected any of them on
 * `workItem`: `namedItem` then answers each row at once. A row whose item is only a promise makes
 * graphql-js wait on a promise per row and per list (a month's 130 entries: 130 promises, then one
 * over them all); labels in hand let it complete the list in one synchronous pass.
 */
export async function labelsAhead<T>(ctx: DiaryContext, info: GraphQLResolveInfo, rows: readonly T[], itemOf: (row: T) => string) {
  const under = selectedFieldsUnder(info, 'workItem');
  if (rows.length === 0 || !LABELS.some((field) => under.has(field))) return rows;
  const ids = [...new Set(rows.map(itemOf))];
  const labels = await labelsOf(ctx).loadMany(ids);
  const ready = (ctx.loaders.itemLabelsReady ??= new Map());
  // An item not answered (or an error) is left to namedItem, which says so on its row.
  ids.forEach((id, i) => {
    const label = labels[i];
    if (label && !(label instanceof Error)) ready.set(id, label);
  });
  return rows;
}

/**
 * The work item an entry or an assignment names, with its code, name and unit when the caller
 * selected any of them: whole, so those fields are read off it (no resolver call per field and
 * item — three per entry cost a month's page ~2.5 ms of the diary's CPU). Labels loaded ahead for
 * the row's list are answered as they are, not as a promise.
 */
export function namedItem(ctx: DiaryContext, info: GraphQLResolveInfo, id: string): ItemLabels | { id: string } | Promise<ItemLabels> {
  let asks = asksLabels.get(info.fieldNodes);
  if (asks === undefined) {
    const selected = selectedFields(info);
    asksLabels.set(info.fieldNodes, (asks = LABELS.some((field) => selected.has(field))));
  }
  if (!asks) return { id };
  const ready = ctx.loaders.itemLabelsReady?.get(id);
  if (ready) return ready;
  return labelsOf(ctx)
    .load(id)
    .then((label) => {
      // Items retire, never vanish; one the catalogue does not answer is said so, coded, not as an internal fault.
      if (!label) throw new DomainError(ErrorCode.NOT_FOUND, said.noWorkItemWithId({ id }));
      return label;
    });
}
