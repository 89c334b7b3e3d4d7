/**
 * Opens a gateway for one CLI command and closes it afterwards. Operator commands log only
 * warnings, to stderr, so their stdout stays clean for --json.
 *
 * Commands that only read (`{ read: true }`) never create anything: run from the wrong folder, they
 * say which database they looked for instead of making an empty one (and a new secret key).
 */
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { type Config, loadConfig } from '../config.js';
import { createGateway, type Gateway } from '../gateway.js';
import { createLogger } from '../logger.js';
import { isPostgresUrl } from '../store/db.js';
import { CliError } from './errors.js';

let announce = false;

/** `--show-db`: every command first says, on stderr, which database it uses. */
export function announceDatabase(on: boolean): void {
  announce = on;
}

export function describeDatabase(config: Config): string {
  return isPostgresUrl(config.databaseUrl) ? describeUrl(config.databaseUrl) : sqliteFile(config);
}

function sqliteFile(config: Config): string {
  return config.databaseUrl.replace(/^sqlite:(\/\/)?/i, '');
}

const WHERE =
  'adgate keeps its data in ADGATE_DATA_DIR (default: ./data under the folder it runs from) or in ADGATE_DATABASE_URL.';

/** Read commands: the database and the token key must already exist. */
function assertExisting(config: Config): void {
  if (isPostgresUrl(config.databaseUrl)) return;
  const file = sqliteFile(config);
  if (file !== ':memory:' && !fs.existsSync(file)) {
    throw new CliError(
      `There is no adgate database at ${file}. ${WHERE} Run this from the folder that holds data/, or set ADGATE_DATA_DIR; nothing was created.`,
    );
  }
}

export async function withGateway<T>(
  work: (gateway: Gateway) => Promise<T>,
  options: { read?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  if (announce) process.stderr.write(`adgate: database: ${describeDatabase(config)}\n`);
  if (options.read) assertExisting(config);
  let gateway: Gateway;
  try {
    gateway = await createGateway(config, { logger: humanLogger() });
  } catch (error) {
    throw CliError.from(error, `cannot open the database (${describeDatabase(config)})`);
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
