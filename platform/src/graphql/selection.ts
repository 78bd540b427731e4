import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a resolver's caller selected on its result, through inline fragments
 * and named fragments: what a resolver may leave out of its work when nobody asked for it. A
 * field under `@skip` or `@include` counts as selected (work done for nothing, never a field
 * left without its value).
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  for (const field of selectedFieldNodes(info, info.fieldNodes)) names.add(field.name.value);
  return names;
}

/**
 * The names of the fields selected under `field` of a resolver's result (an entry's `workItem`,
 * say): what a list's resolver may load ahead for all its items at once. Empty when `field` is
 * not selected.
 */
export function selectedFieldsUnder(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): Set<string> {
  const under = selectedFieldNodes(info, info.fieldNodes).filter((node) => node.name.value === field);
  return new Set(selectedFieldNodes(info, under).map((node) => node.name.value));
}

/** The field nodes selected on the results of `nodes`, through inline and named fragments. */
function selectedFieldNodes(info: Pick<GraphQLResolveInfo, 'fragments'>, nodes: readonly FieldNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of nodes) walk(node.selectionSet);
  return fields;
}
