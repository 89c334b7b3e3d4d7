/**
 * Real processes for the multi-instance and crash tests: the built `adgate serve` and
 * `adgate emulator`, on a PostgreSQL schema of the suite's own and a Redis key prefix of its own.
 * Every process is killed when the suite ends, whatever happened.
 */
import type { ChildProcess } from 'node:child_process';
import { spawnCli, stop } from './cli.js';
import { TEST_SECRET_KEY } from './harness.js';
import type { TestDatabase } from './stores.js';

const started = new Set<ChildProcess>();

export interface GatewayProcess {
  child: ChildProcess;
  url: string;
  output(): string;
}

/** The PostgreSQL URL of the suite's schema, for a process that cannot take `pgSchema`. */
export function schemaUrl(db: TestDatabase): string {
  // %20, not the `+` URLSearchParams would write: pg decodes the options with decodeURIComponent.
  const sep = db.url.includes('?') ? '&' : '?';
  return `${db.url}${sep}options=${encodeURIComponent(`-c search_path=${db.storeOptions.pgSchema}`)}`;
}

export async function startEmulatorProcess(
  qps: number | 'off',
): Promise<{ child: ChildProcess; url: string }> {
  const { child, match } = await spawnCli(
    ['emulator', '--port', '0', '--qps', String(qps)],
    {},
    /listening on (http:\/\/\S+)/,
  );
  started.add(child);
  return { child, url: match[1] as string };
}

export function gatewayEnv(db: TestDatabase, emulatorUrl: string, env: Record<string, string> = {}) {
  return {
    NODE_ENV: 'test',
    ADGATE_DATABASE_URL: schemaUrl(db),
    ADGATE_SECRET_KEY: TEST_SECRET_KEY,
    ADGATE_LOG_LEVEL: 'warn',
    ADGATE_RATE_LIMIT_RPS: '100000',
    TIKTOK_API_BASE_URL: emulatorUrl,
    ...env,
  };
}

export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const { child, match, output } = await spawnCli(
    ['serve', '--port', '0'],
    env,
    /adgate listening on (http:\/\/\S+)/,
  );
  started.add(child);
  return { child, url: match[1] as string, output };
}

/** Resolves the exit code once the process has exited (by itself or killed). */
export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all(
    [...started].map(async (child) => {
      started.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await stop(child);
      clearTimeout(timer);
    }),
  );
}

export function callTool(
  url: string,
  tool: string,
  key: string,
  args: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${url}/api/v1/tools/${tool}/execute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: JSON.stringify({ arguments: args }),
  }).then(async (res) => ({
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Record<string, unknown>,
  }));
}

/** What the emulator saw: its request log and the ad groups created. */
export async function emulatorState(url: string) {
  const res = await fetch(`${url}/__emulator/state`);
  return (await res.json()) as {
    adgroups: Array<{ adgroup_id: string; request_id: string | null; body: Record<string, unknown> }>;
    request_counts: Record<string, number>;
    requests: Array<{ at: string; path: string; code?: number }>;
  };
}

export async function injectFault(url: string, path: string, fault: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path, ...fault }),
  });
  if (res.status !== 201) throw new Error(`fault not injected: ${await res.text()}`);
}
