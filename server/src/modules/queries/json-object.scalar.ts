// Free-form JSON objects (query variables); graphql-js refuses anything else as bad input.
export { JSONObjectResolver as JsonObjectScalar } from 'graphql-scalars';
