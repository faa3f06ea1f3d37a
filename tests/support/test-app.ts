import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../server/src/config/logger.js';
import { createApolloServer } from '../../server/src/graphql/apollo.js';
import { createSchema } from '../../server/src/graphql/schema.js';
import { createApp } from '../../server/src/http/app.js';
import type { AccessPolicy } from '../../server/src/modules/auth/auth.service.js';
import type { TestDatabase } from './test-database.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: Record<string, unknown> & { code?: string; field?: string };
  }[];
}

export interface TestApp {
  url: string;
  /** POSTs a GraphQL operation as a browser or script would. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP app (Express + Apollo) on a random loopback port, over a test database. */
export async function startTestApp(
  database: TestDatabase,
  options: { access?: AccessPolicy } = {},
): Promise<TestApp> {
  const log = createLogger('silent');
  const apollo = createApolloServer(await createSchema());
  await apollo.start();
  const server = http.createServer(
    createApp({
      db: database.db,
      pool: database.pool,
      apollo,
      log,
      webDir: '/nonexistent',
      access: options.access,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

/** Reads `data`, failing loudly with the server's errors when there is none. */
export function dataOf<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}
