import {
  GraphQLError,
  Kind,
  getVariableValues,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SourceLocation,
} from 'graphql';
import { ErrorCode } from '../../graphql/errors.js';

export interface ParsedQuery {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** Bad input in a GraphQL document, with the line and column graphql-js reported. */
function documentError(field: string, message: string, location?: SourceLocation): GraphQLError {
  const where = location ? ` (line ${location.line}, column ${location.column})` : '';
  return new GraphQLError(`Invalid argument "${field}": ${message}${where}`, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      field,
      ...(location ? { line: location.line, column: location.column } : {}),
    },
  });
}

/**
 * Parses and validates a stored query against the schema: it must hold exactly one operation,
 * a query (a snapshot never writes), and pass graphql-js validation.
 */
export function parseQueryDocument(schema: GraphQLSchema, text: string, field: string): ParsedQuery {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: 5000 });
  } catch (error) {
    const syntax = error as GraphQLError;
    throw documentError(field, syntax.message, syntax.locations?.[0]);
  }
  const [problem] = validate(schema, document);
  if (problem) throw documentError(field, problem.message, problem.locations?.[0]);
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) {
    throw documentError(field, `must contain exactly one operation, found ${operations.length}`);
  }
  const operation = operations[0]!;
  if (operation.operation !== 'query') {
    throw documentError(field, `must be a query, not a ${operation.operation}`, operation.loc?.startToken);
  }
  return { document, operation };
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Coerces variables as execution would, so a saved query cannot fail later on its own inputs. */
export function checkVariables(
  schema: GraphQLSchema,
  parsed: ParsedQuery,
  variables: unknown,
  field: string,
): Record<string, unknown> {
  if (!isJsonObject(variables)) throw documentError(field, 'must be a JSON object');
  const result = getVariableValues(schema, parsed.operation.variableDefinitions ?? [], variables, {
    maxErrors: 1,
  });
  if (result.errors) throw documentError(field, result.errors[0]!.message);
  return variables;
}
