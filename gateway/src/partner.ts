import { sendError } from '@kpi/platform';
import type { RequestHandler } from 'express';
import { execute, Kind, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { KnownCaller } from './access.js';
import { isIntrospectionOnly } from './identity.js';
import { MAX_TOKENS } from './limits/config.js';
import { said } from './messages.js';

interface OperationRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * The contract endpoint (`/partner/graphql`): an operation is checked against the contract schema
 * before the gateway plans it, so a field outside the contract does not exist here — not even in
 * introspection, which is answered from the contract itself. What passes is executed by the one
 * gateway as usual (the subgraphs still check every role and scope).
 */
export function contractGate(contract: GraphQLSchema): RequestHandler {
  return async (req, res, next) => {
    const operation = (req.method === 'GET' ? req.query : req.body) as OperationRequest;
    if (typeof operation?.query !== 'string') return next();
    let document: DocumentNode;
    try {
      document = parse(operation.query, { maxTokens: MAX_TOKENS });
    } catch {
      return next(); // the gateway answers a syntax error as it always does
    }
    const errors = validate(contract, document, specifiedRules);
    if (errors.length) {
      // One error, however many things are missing: the operation is not one of this contract.
      const more = errors.length > 1 ? said.andMore({ count: errors.length - 1 }) : '';
      return res.status(400).json({
        errors: [
          {
            message: said.notInContract({ problem: errors[0]!.message, more }),
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', problems: errors.slice(0, 10).map((error) => error.message) },
          },
        ],
      });
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const chosen =
      operations.length === 1 ? operations[0] : (operations.find((d) => d.name?.value === operation.operationName) ?? operations[0]);
    if (chosen && isIntrospectionOnly(chosen)) {
      const result = await execute({
        schema: contract,
        document,
        operationName: typeof operation.operationName === 'string' ? operation.operationName : undefined,
        variableValues: (operation.variables as Record<string, unknown> | undefined) ?? undefined,
      });
      return res.status(200).json(result);
    }
    next();
  };
}

/**
 * Integration clients call the contract endpoint only: on the full graph they are refused before
 * anything is planned (403, naming the endpoint to use).
 */
export function clientsOnContract(path: string): RequestHandler {
  return (_req, res, next) => {
    if ((res.locals.caller as KnownCaller | undefined)?.identity.kind !== 'client') return next();
    sendError(res, 'FORBIDDEN', said.partnerPath({ path }));
  };
}
