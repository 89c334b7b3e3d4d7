/**
 * `npm run bench:allocations`: what a billable call allocates, by function. Garbage collection
 * costs in proportion to it (scavenges were 7 % of the gateway's CPU at 250 KB per call), and a
 * CPU profile hides it: the allocating function is fast, the collector pays later. The gateway
 * runs with bench/allocation-sampler.mjs preloaded; after a warm-up it answers a fixed number of
 * calls under V8's sampling heap profiler, and the script prints kilobytes per call allocated by
 * each function itself and by each function with its callees.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sqliteDatabase } from './databases.js';
import { load } from './load.js';
import { runBench, stop } from './processes.js';
import { gatewayEnv, startEmulator, startSeededGateway, warmUp } from './targets.js';

const CALLS = Number(process.env.BENCH_PROFILE_CALLS ?? 2000);
const SAMPLER = path.resolve('bench/allocation-sampler.mjs');

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampleNode[];
}

function nameOf(node: SampleNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/.*\/(dist|node_modules)\//, '');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

/** Bytes by function itself, and by function with everything it called (each counted once per stack). */
function tally(head: SampleNode) {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const walk = (node: SampleNode, stack: string[]) => {
    const name = nameOf(node);
    total += node.selfSize;
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    const above = stack.includes(name) ? stack : [...stack, name];
    for (const frame of above) inclusive.set(frame, (inclusive.get(frame) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, above);
  };
  walk(head, []);
  return { self, inclusive, total };
}

function print(title: string, bytes: Map<string, number>, calls: number): void {
  const rows = [...bytes]
    .filter(([name]) => !name.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([name, size]) => `${(size / calls / 1024).toFixed(2).padStart(7)} KB  ${name}`);
  console.log(`\n${title}:\n${rows.join('\n')}`);
}

async function waitFor(file: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the gateway did not write ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-allocations-'));
  const file = path.join(dataDir, 'calls.heapprofile');
  try {
    const emulator = await startEmulator();
    const database = sqliteDatabase(dataDir);
    const env = { ...gatewayEnv(dataDir, database.url, emulator.url), ADGATE_ALLOCATIONS_FILE: file };
    const { gateway, target } = await startSeededGateway(env, { nodeArgs: ['--import', SAMPLER] });
    await warmUp(target);
    process.kill(gateway.pid, 'SIGUSR2');
    await waitFor(`${file}.started`);
    const result = await load(target, { durationS: 600, amount: CALLS, connections: 10 });
    process.kill(gateway.pid, 'SIGUSR2');
    await waitFor(`${file}.done`);
    await stop(gateway.child);
    const { head } = JSON.parse(fs.readFileSync(file, 'utf8')) as { head: SampleNode };
    const calls = Math.max(1, result.ok);
    const { self, inclusive, total } = tally(head);
    console.log(
      `${database.description}: ${result.ok} calls, ${(total / calls / 1024).toFixed(1)} KB allocated per call`,
    );
    print('allocated by the function itself, per call', self, calls);
    print('allocated by the function and its callees, per call', inclusive, calls);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
