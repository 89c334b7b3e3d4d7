/**
 * `npm run bench`: (a) validate + map per call, in-process; (b) the whole billable call over a real
 * socket against the emulator, with an Idempotency-Key, on SQLite and on PostgreSQL, side by side
 * with a bare Fastify proxy to the same emulator endpoint (measured again right after each
 * database's gateway, for its throughput ratio), with the CPU each process spends per call (from
 * /proc) and the machine's busy and stolen CPU; (c) a fixed-rate run at half the gateway's measured
 * capacity, evenly spaced calls (open loop), gateway and proxy at the same rate, for the latency the
 * gateway adds; (d) peak memory. Each server runs in its own process;
 * the load generator runs here. Results go to bench/results/ as JSON; the bench stops every process
 * it started and exits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuPerCall, peakRssMiB } from './cpu.js';
import { type BenchDatabase, postgresDatabase, sqliteDatabase } from './databases.js';
import { type LoadTarget, load, loadAtRate } from './load.js';
import { runMicro } from './micro.js';
import { runBench, type Started, start, stop } from './processes.js';
import {
  CLI,
  gatewayEnv,
  LISTENING,
  proxyTarget,
  startEmulator,
  startSeededGateway,
  TOKEN,
  tiktokBodyOf,
  WARMUP_CALLS,
  warmUp,
} from './targets.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const MICRO_ITERATIONS = Number(process.env.BENCH_MICRO_ITERATIONS ?? 20_000);
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

async function measured(pids: Record<string, number>, target: LoadTarget, rate?: number) {
  const { result, cpu_ms_per_call, machine } = await cpuPerCall(pids, () =>
    rate
      ? loadAtRate(target, { durationS: DURATION_S, rate })
      : load(target, { durationS: DURATION_S, connections: CONNECTIONS }),
  );
  return { ...result, cpu_ms_per_call, machine };
}

interface Upstream {
  emulator: Started;
  proxy: Started;
}

/**
 * A fresh emulator and a bare proxy in front of it. Each measured part (the proxy alone, then each
 * database) gets its own: the emulator keeps every ad group created, and on one emulator for the
 * whole run its CPU per call doubled by the last part (0.21 to 0.45 ms), taking the second core
 * from whatever ran then.
 */
async function startUpstream(): Promise<Upstream> {
  const emulator = await startEmulator();
  const proxy = await start(
    'proxy',
    process.execPath,
    ['--import', 'tsx', 'bench/proxy.ts', emulator.url, TOKEN],
    {},
    LISTENING,
  );
  return { emulator, proxy };
}

async function stopUpstream({ emulator, proxy }: Upstream): Promise<void> {
  await stop(proxy.child);
  await stop(emulator.child);
}

/** Everything measured on one database: capacity, CPU per call, then latency at half capacity. */
async function benchDatabase(database: BenchDatabase, dataDir: string, now: Date) {
  const servers = await startUpstream();
  const env = gatewayEnv(dataDir, database.url, servers.emulator.url);
  const { gateway, key, args, target } = await startSeededGateway(env, { now });
  try {
    console.log(`[${database.name}] warm-up: ${WARMUP_CALLS} calls`);
    await warmUp(target, CONNECTIONS);
    const pids = { gateway: gateway.pid, emulator: servers.emulator.pid };
    console.log(`[${database.name}] ${DURATION_S}s x ${CONNECTIONS} connections, as fast as it answers`);
    const closedLoop = await measured(pids, target);
    // This part's proxy is new: warmed like the gateway before it is measured. Measured right after
    // the gateway, on the same emulator, for the throughput ratio: a virtual machine's neighbours
    // move both figures over minutes (see `machine` in each result).
    const proxyTargetHere = proxyTarget(servers.proxy, await tiktokBodyOf(gateway, key, args));
    await warmUp(proxyTargetHere, CONNECTIONS);
    const proxyPids = { proxy: servers.proxy.pid, emulator: servers.emulator.pid };
    console.log(`[${database.name}] the bare proxy, ${DURATION_S}s x ${CONNECTIONS} connections`);
    const proxyClosedLoop = await measured(proxyPids, proxyTargetHere);
    const rate = Math.max(1, Math.round(closedLoop.requests_per_s / 2));
    console.log(`[${database.name}] ${DURATION_S}s at ${rate} req/s: gateway, then proxy`);
    const gatewayAtRate = await measured(pids, target, rate);
    const proxyAtRate = await measured(proxyPids, proxyTargetHere, rate);
    const result = {
      database: database.description,
      gateway: closedLoop,
      bare_proxy: proxyClosedLoop,
      throughput_ratio: round(closedLoop.requests_per_s / proxyClosedLoop.requests_per_s),
      added_latency_p50_ms: closedLoop.latency_p50_ms - proxyClosedLoop.latency_p50_ms,
      fixed_rate: {
        rate_per_s: rate,
        gateway: gatewayAtRate,
        bare_proxy: proxyAtRate,
        added_latency_p50_ms: gatewayAtRate.latency_p50_ms - proxyAtRate.latency_p50_ms,
        added_latency_p99_ms: gatewayAtRate.latency_p99_ms - proxyAtRate.latency_p99_ms,
      },
      gateway_peak_memory_mib: peakRssMiB(gateway.pid),
    };
    console.log(`[${database.name}]`, JSON.stringify(result, null, 2));
    return result;
  } finally {
    await stop(gateway.child);
    await stopUpstream(servers);
  }
}

type DatabaseResult = Awaited<ReturnType<typeof benchDatabase>>;

/** The goals, checked on this run's numbers. */
function goals(results: Record<string, DatabaseResult | { skipped: string }>) {
  const sqlite = results.sqlite && 'gateway' in results.sqlite ? results.sqlite : undefined;
  const postgres = results.postgres && 'gateway' in results.postgres ? results.postgres : undefined;
  return {
    sqlite_throughput_ratio_at_least_0_5: sqlite ? sqlite.throughput_ratio >= 0.5 : null,
    sqlite_gateway_cpu_per_call_at_most_0_6_ms: sqlite
      ? (sqlite.gateway.cpu_ms_per_call.gateway ?? 99) <= 0.6
      : null,
    postgres_throughput_ratio_at_least_0_3: postgres ? postgres.throughput_ratio >= 0.3 : null,
    added_p99_at_half_capacity_at_most_3_ms: Object.fromEntries(
      [sqlite, postgres]
        .filter((r): r is DatabaseResult => r !== undefined)
        .map((r) => [r.database, r.fixed_rate.added_latency_p99_ms <= 3]),
    ),
  };
}

async function openDatabases(
  dataDir: string,
): Promise<Array<BenchDatabase | { name: string; skipped: string }>> {
  const opened: Array<BenchDatabase | { name: string; skipped: string }> = [];
  for (const name of DATABASES) {
    if (name === 'sqlite') opened.push(sqliteDatabase(dataDir));
    else if (name === 'postgres') {
      try {
        opened.push(await postgresDatabase());
      } catch (error) {
        const skipped = `PostgreSQL not reachable (set BENCH_PG_URL): ${(error as Error).message}`;
        console.warn(`!!! SKIPPED PostgreSQL: ${skipped}`);
        opened.push({ name, skipped });
      }
    } else throw new Error(`BENCH_DATABASES: unknown database "${name}" (sqlite, postgres)`);
  }
  return opened;
}

function write(results: object, now: Date): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${now.toISOString().slice(0, 10)}-${os.cpus().length}cpu.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), text);
  console.log(`written to ${file} and ${path.join(RESULTS_DIR, 'latest.json')}`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error('run `npm run build` first (npm run bench does)');
  const now = new Date();
  console.log('(a) validate and map a full-featured call, in-process');
  const micro = runMicro(MICRO_ITERATIONS);
  console.log(micro);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-bench-'));
  const databases = await openDatabases(dataDir);
  const perDatabase: Record<string, DatabaseResult | { skipped: string }> = {};
  try {
    const { emulator, proxy } = await startUpstream();
    const proxyBody = await proxyBodyFrom(emulator, dataDir, now);
    console.log(`(b) bare proxy: ${DURATION_S}s x ${CONNECTIONS} connections`);
    const target = proxyTarget(proxy, proxyBody);
    await warmUp(target, CONNECTIONS);
    const proxyClosedLoop = await measured({ proxy: proxy.pid, emulator: emulator.pid }, target);
    console.log(proxyClosedLoop);
    const upstreamMemory = { emulator: peakRssMiB(emulator.pid), proxy: peakRssMiB(proxy.pid) };
    await stopUpstream({ emulator, proxy });
    for (const database of databases) {
      perDatabase[database.name] =
        'skipped' in database ? { skipped: database.skipped } : await benchDatabase(database, dataDir, now);
    }
    write(
      {
        date: now.toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpu_model: os.cpus()[0]?.model,
          memory_gib: Math.round(os.totalmem() / 2 ** 30),
          load_average_at_start: os.loadavg().map((v) => round(v)),
          node: process.version,
          platform: `${os.platform()} ${os.release()}`,
        },
        settings: {
          duration_s: DURATION_S,
          warmup_calls: WARMUP_CALLS,
          connections: CONNECTIONS,
          upstream: 'TikTok emulator, QPS limit off',
          request: 'add_tiktok_ad_group, 28 arguments, a fresh Idempotency-Key per call',
        },
        validate_and_map: micro,
        bare_proxy: proxyClosedLoop,
        databases: perDatabase,
        goals: goals(perDatabase),
        peak_memory_mib: upstreamMemory,
      },
      now,
    );
  } finally {
    for (const database of databases) if (!('skipped' in database)) await database.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The proxy forwards exactly the body the gateway would send: taken from a dry run on SQLite. */
async function proxyBodyFrom(emulator: Started, dataDir: string, now: Date) {
  const dir = fs.mkdtempSync(path.join(dataDir, 'dry-'));
  const env = gatewayEnv(dir, path.join(dir, 'adgate.db'), emulator.url);
  const { gateway, key, args } = await startSeededGateway(env, { now });
  try {
    return await tiktokBodyOf(gateway, key, args);
  } finally {
    await stop(gateway.child);
  }
}

runBench(main);
