import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { said } from '../messages.js';

/**
 * Number literals must be finite: GraphQL's Float reads `1e400` as Infinity without complaint, and
 * Infinity cannot travel to a subgraph as JSON (it becomes null). Refused at validation, a 400,
 * like any other literal of the wrong kind.
 */
export function finiteNumbersRule(context: ValidationContext): ASTVisitor {
  const check = (node: { value: string }) => {
    if (!Number.isFinite(Number(node.value)))
      context.reportError(new GraphQLError(said.numberOutOfRange({ value: node.value.slice(0, 40) }), { nodes: node as never }));
  };
  return { FloatValue: check, IntValue: check };
}
