// Imported first by entry points: graphql-js reads NODE_ENV when it loads and skips its costly
// cross-realm instanceof checks only in production. Tests keep their own NODE_ENV.
process.env.NODE_ENV ??= 'production';
