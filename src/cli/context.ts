/**
 * Opens a gateway for one CLI command and closes it afterwards. Operator commands log only
 * warnings, to stderr, so their stdout stays clean for --json.
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../config.js';
import { createGateway, type Gateway } from '../gateway.js';
import { createLogger } from '../logger.js';
import { CliError } from './errors.js';

export async function withGateway<T>(work: (gateway: Gateway) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let gateway: Gateway;
  try {
    gateway = await createGateway(config, { logger: humanLogger() });
  } catch (error) {
    throw CliError.from(error, `cannot open the database (${describeUrl(config.databaseUrl)})`);
  }
  try {
    return await work(gateway);
  } finally {
    await gateway.close().catch(() => {});
  }
}

/** Warnings as plain lines (`adgate: warning: ...`) rather than JSON: a person reads these. */
const humanWarnings = new Writable({
  write(chunk, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      const { msg } = JSON.parse(line) as { msg?: string };
      process.stderr.write(`adgate: warning: ${msg ?? line}\n`);
    }
    done();
  },
});

/** For commands a person watches: warnings and errors only, as plain lines. */
export function humanLogger() {
  return createLogger('warn', humanWarnings);
}

function describeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
