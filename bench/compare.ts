/**
 * `npx tsx bench/compare.ts BUILD_A BUILD_B ...`: the gateway's CPU per billable call for several
 * builds (paths to their `dist/cli/main.js`), measured in turns, A B A B ..., each against a fresh
 * emulator of its own build, so that a machine shared with other work weighs on every build alike. CPU per call comes from
 * /proc, as in `npm run bench`; the median of the rounds is the figure to compare.
 * BENCH_DATABASES=postgres measures PostgreSQL; BENCH_COMPARE_ROUNDS and BENCH_PROFILE_CALLS set
 * the number of rounds and of calls per round. BENCH_RATE=N sends N calls a second, evenly spaced
 * (open loop, as the bench's fixed-rate part), instead of as fast as they are answered: concurrent
 * calls share commits and event-loop turns, so a cost per call can show only at a fixed rate.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuMs } from './cpu.js';
import { postgresDatabase, sqliteDatabase } from './databases.js';
import { load, loadAtRate } from './load.js';
import { runBench, type Started, stop } from './processes.js';
import { gatewayEnv, startEmulator, startSeededGateway, warmUp } from './targets.js';

const ROUNDS = Number(process.env.BENCH_COMPARE_ROUNDS ?? 3);
const CALLS = Number(process.env.BENCH_PROFILE_CALLS ?? 3000);
const DATABASE = process.env.BENCH_DATABASES ?? 'sqlite';
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;

/** A fresh emulator each time: its state grows with every ad group created. */
async function measureOnce(cli: string, dataDir: string) {
  const emulator = await startEmulator(cli);
  try {
    return await measureOn(cli, emulator, dataDir);
  } finally {
    await stop(emulator.child);
  }
}

async function measureOn(cli: string, emulator: Started, dataDir: string) {
  const dir = fs.mkdtempSync(path.join(dataDir, 'run-'));
  const database = DATABASE === 'postgres' ? await postgresDatabase() : sqliteDatabase(dir);
  try {
    const env = gatewayEnv(dir, database.url, emulator.url);
    const { gateway, target } = await startSeededGateway(env, { cli });
    try {
      await warmUp(target);
      const before = { gateway: cpuMs(gateway.pid), emulator: cpuMs(emulator.pid) };
      const result = RATE
        ? await loadAtRate(target, { durationS: CALLS / RATE, rate: RATE })
        : await load(target, { durationS: 600, amount: CALLS, connections: 10 });
      const ok = Math.max(1, result.ok);
      return {
        gateway_ms: (cpuMs(gateway.pid) - before.gateway) / ok,
        emulator_ms: (cpuMs(emulator.pid) - before.emulator) / ok,
        requests_per_s: result.requests_per_s,
        p50_ms: result.latency_p50_ms,
        p99_ms: result.latency_p99_ms,
        not_2xx: result.non_2xx + result.errors,
      };
    } finally {
      await stop(gateway.child);
    }
  } finally {
    await database.cleanup();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function main(): Promise<void> {
  const builds = process.argv.slice(2).map((p) => path.resolve(p));
  if (builds.length === 0) throw new Error('usage: compare.ts <dist/cli/main.js> [<dist/cli/main.js> ...]');
  for (const cli of builds) if (!fs.existsSync(cli)) throw new Error(`no build at ${cli}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-compare-'));
  const rounds = new Map<string, Array<Awaited<ReturnType<typeof measureOnce>>>>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const cli of builds) {
        const measured = await measureOnce(cli, dataDir);
        rounds.set(cli, [...(rounds.get(cli) ?? []), measured]);
        console.log(
          `round ${round + 1} ${cli}: gateway ${measured.gateway_ms.toFixed(3)} ms CPU/call, ` +
            `${measured.requests_per_s} req/s, p50 ${measured.p50_ms} ms, p99 ${measured.p99_ms} ms, load ${os.loadavg()[0]?.toFixed(1)}` +
            (measured.not_2xx > 0 ? `, ${measured.not_2xx} NOT 2xx` : ''),
        );
      }
    }
    const pace = RATE ? `at ${RATE} calls/s` : 'as fast as answered';
    console.log(`\n${DATABASE}, ${CALLS} calls per round ${pace}, median of ${ROUNDS} rounds:`);
    for (const [cli, results] of rounds) {
      console.log(
        `  ${median(results.map((r) => r.gateway_ms)).toFixed(3)} ms gateway CPU/call, ` +
          `${median(results.map((r) => r.requests_per_s))} req/s, p50 ${median(results.map((r) => r.p50_ms))} ms, p99 ${median(results.map((r) => r.p99_ms))} ms  ${cli}`,
      );
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
