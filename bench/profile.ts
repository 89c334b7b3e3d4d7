/**
 * `npm run bench:profile`: where a billable call's CPU goes. The gateway runs under `node
 * --cpu-prof` against the emulator; after a warm-up it answers a fixed number of calls (with an
 * Idempotency-Key each), and the script prints its CPU per call (from /proc) and the profile's self
 * time grouped by package and by function. CPU per call, unlike throughput, holds on a busy machine,
 * so this is the measure to compare changes by. BENCH_DATABASES=postgres profiles PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuMs } from './cpu.js';
import { type BenchDatabase, postgresDatabase, sqliteDatabase } from './databases.js';
import { load } from './load.js';
import { runBench, stop } from './processes.js';
import { gatewayEnv, startEmulator, startSeededGateway, warmUp } from './targets.js';

const CALLS = Number(process.env.BENCH_PROFILE_CALLS ?? 3000);
const DATABASE = process.env.BENCH_DATABASES ?? 'sqlite';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The package (or area of adgate) a function belongs to. */
function groupOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const own = /\/dist\/([^/]+(?:\/[^/]+)?)/.exec(url);
  return own ? `adgate ${own[1]}` : url;
}

function summarise(file: string): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const group = groupOf(url, functionName);
    groups.set(group, (groups.get(group) ?? 0) + hits);
    const fn =
      group === '(idle)'
        ? group
        : `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1} [${group}]`;
    functions.set(fn, (functions.get(fn) ?? 0) + hits);
  }
  const busy = total - (groups.get('(idle)') ?? 0);
  const show = (entries: Map<string, number>, count: number) =>
    [...entries]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, hits]) => `${((hits / busy) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  console.log(`\nself time of the busy samples (${busy}), by package:\n${show(groups, 25)}`);
  console.log(`\nby function:\n${show(functions, 40)}`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-profile-'));
  const profileDir = path.join(dataDir, 'profiles');
  let database: BenchDatabase | undefined;
  try {
    const emulator = await startEmulator();
    database = DATABASE === 'postgres' ? await postgresDatabase() : sqliteDatabase(dataDir);
    const env = gatewayEnv(dataDir, database.url, emulator.url);
    const { gateway, target } = await startSeededGateway(env, {
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    });
    await warmUp(target);
    const before = cpuMs(gateway.pid);
    const result = await load(target, { durationS: 600, amount: CALLS, connections: 10 });
    const used = cpuMs(gateway.pid) - before;
    console.log(
      `${database.description}: ${result.ok} calls answered 2xx (${result.non_2xx} not), ` +
        `gateway CPU ${(used / Math.max(1, result.ok)).toFixed(3)} ms per call, ${result.requests_per_s} req/s`,
    );
    await stop(gateway.child);
    const [file] = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the gateway wrote no CPU profile');
    const kept = path.join(os.tmpdir(), `adgate-profile-${DATABASE}-${process.pid}.cpuprofile`);
    fs.copyFileSync(path.join(profileDir, file), kept);
    summarise(kept);
    console.log(`\nprofile kept in ${kept} (open it in Chrome DevTools, Performance tab)`);
  } finally {
    await database?.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
