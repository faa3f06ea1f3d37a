import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../lib/dates.js';

export { DateTimeResolver as DateTimeScalar } from 'graphql-scalars';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new TypeError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar day (valid time), YYYY-MM-DD, with no time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day in ISO 8601 form, YYYY-MM-DD, without time or time zone (valid time).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string written YYYY-MM-DD');
    return parseDate(ast.value);
  },
});
