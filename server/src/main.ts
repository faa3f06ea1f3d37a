import './production-env.js';
import 'reflect-metadata';
import { loadConfigOrExit } from './config/config.js';
import { createLogger } from './config/logger.js';
import { PortInUseError, startClout } from './server.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  let clout;
  try {
    clout = await startClout(config, log);
  } catch (error) {
    if (error instanceof PortInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    log.fatal({ err: error }, 'Clout failed to start');
    process.exit(1);
  }
  console.log(`\n  Clout is running at ${clout.url}  (GraphQL: ${clout.url}/graphql)\n`);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    clout
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

await main();
