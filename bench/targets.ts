/** What the benchmarks send, and to whom: the same for run, compare, profile and allocations. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { formatUtc } from '../src/domain/time.js';
import { seed } from './databases.js';
import { type LoadTarget, load } from './load.js';
import { FULL_ARGUMENTS } from './micro.js';
import { type Started, start } from './processes.js';

/** BENCH_CLI: another build of adgate to measure (e.g. the main branch's) with the same bench. */
export const CLI = path.resolve(process.env.BENCH_CLI ?? 'dist/cli/main.js');
export const TOKEN = 'emu-token-single-us';
export const ADVERTISER = '6811000000000001';
export const LISTENING = /listening on (http:\/\/\S+)/;

/**
 * Calls before measuring, counted (a slow machine needs as many): V8 is still compiling the hot
 * path well after the first thousand calls. The gateway's CPU per call, in batches of 2,000 on
 * one process: 1.6, 0.98, 0.81, then 0.73-0.80 ms from the fourth on; 5,000 measures a server
 * that has run a while, as a production one has.
 */
export const WARMUP_CALLS = Number(process.env.BENCH_WARMUP_CALLS ?? 5000);

/** The gateway's settings: no quota or rate limit in the way, logs at warn. */
export function gatewayEnv(
  dataDir: string,
  databaseUrl: string,
  emulatorUrl: string,
): Record<string, string> {
  return {
    ADGATE_DATA_DIR: dataDir,
    ADGATE_DATABASE_URL: databaseUrl,
    ADGATE_LOG_LEVEL: 'warn',
    ADGATE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
    ADGATE_QUOTA_LIMITS: 'max=1000000000',
    ADGATE_RATE_LIMIT_RPS: '1000000',
    TIKTOK_API_BASE_URL: emulatorUrl,
    TIKTOK_QPS: '1000000',
  };
}

export function benchArguments(now: Date): Record<string, unknown> {
  return {
    ...FULL_ARGUMENTS,
    schedule_start_time: formatUtc(new Date(now.getTime() + 86_400_000)),
    schedule_end_time: formatUtc(new Date(now.getTime() + 60 * 86_400_000)),
  };
}

export function gatewayTarget(gateway: Started, key: string, args: Record<string, unknown>): LoadTarget {
  const body = JSON.stringify({ arguments: args });
  return {
    url: `${gateway.url}/api/v1/tools/add_tiktok_ad_group/execute`,
    headers: { authorization: `Bearer ${key}` },
    // The path users are told to take: every call carries its own Idempotency-Key.
    next: () => ({ body, headers: { 'idempotency-key': randomUUID() } }),
  };
}

export function proxyTarget(proxy: Started, tiktokBody: Record<string, unknown>): LoadTarget {
  let sequence = 0;
  return {
    url: `${proxy.url}/proxy`,
    headers: {},
    next: () => ({ body: JSON.stringify({ ...tiktokBody, request_id: String(++sequence) }) }),
  };
}

/** The exact TikTok body the gateway sends for these arguments, from a dry run. */
export async function tiktokBodyOf(gateway: Started, key: string, args: Record<string, unknown>) {
  const dry = await fetch(`${gateway.url}/api/v1/tools/add_tiktok_ad_group/execute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ arguments: { ...args, dry_run: true } }),
  });
  const answer = (await dry.json()) as { success: boolean; data: { structured: { body: object } } };
  if (!answer.success) throw new Error(`dry run failed: ${JSON.stringify(answer)}`);
  return answer.data.structured.body as Record<string, unknown>;
}

/** An emulator of `cli`'s build, its own QPS limit off: the gateway's limiter is the one measured. */
export function startEmulator(cli = CLI): Promise<Started> {
  return start('emulator', process.execPath, [cli, 'emulator', '--port', '0', '--qps', 'off'], {}, LISTENING);
}

/** A gateway of `cli`'s build on `env`; `nodeArgs` go to node before the script (a profiler, a preload). */
export function startGateway(
  env: Record<string, string>,
  { cli = CLI, nodeArgs = [] }: { cli?: string; nodeArgs?: string[] } = {},
): Promise<Started> {
  return start('gateway', process.execPath, [...nodeArgs, cli, 'serve', '--port', '0'], env, LISTENING);
}

/** The bench's organisation, key and account in `env`'s database, and a gateway of `cli`'s build on it. */
export async function startSeededGateway(
  env: Record<string, string>,
  { cli = CLI, nodeArgs = [], now = new Date() }: { cli?: string; nodeArgs?: string[]; now?: Date } = {},
): Promise<{ gateway: Started; key: string; args: Record<string, unknown>; target: LoadTarget }> {
  const { key } = seed(cli, env, TOKEN, ADVERTISER);
  const gateway = await startGateway(env, { cli, nodeArgs });
  const args = benchArguments(now);
  return { gateway, key, args, target: gatewayTarget(gateway, key, args) };
}

/** The `WARMUP_CALLS` calls a server answers before it is measured. */
export async function warmUp(target: LoadTarget, connections = 10): Promise<void> {
  await load(target, { durationS: 600, amount: WARMUP_CALLS, connections });
}
