/**
 * The benchmark ends by itself and leaves no process behind, when it finishes and when it is
 * killed half-way: a short run (BENCH_DURATION_S=1), then a search of /proc for any process that
 * still carries the run's marker in its environment (the bench gives it to every child it starts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_MARKER_VARIABLE } from '../../bench/processes.js';
import { tempDir } from '../support/stores.js';

const postgresAvailable = (process.env.ADGATE_TEST_PG_URL ?? '') !== '';

/** Pids of live processes whose environment holds `marker`. */
function survivors(marker: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = fs.readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').includes(`${RUN_MARKER_VARIABLE}=${marker}`)) found.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

function runBench(marker: string, resultsDir: string) {
  if (!fs.existsSync('dist/cli/main.js')) throw new Error('build first: `npm test` runs `npm run build`');
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts'], {
    env: {
      ...process.env,
      [RUN_MARKER_VARIABLE]: marker,
      BENCH_DURATION_S: '1',
      BENCH_WARMUP_CALLS: '20',
      BENCH_MICRO_ITERATIONS: '100',
      BENCH_RESULTS_DIR: resultsDir,
      BENCH_DATABASES: postgresAvailable ? 'sqlite,postgres' : 'sqlite',
      ...(postgresAvailable ? { BENCH_PG_URL: process.env.ADGATE_TEST_PG_URL as string } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('npm run bench', () => {
  it('a short run writes its results, exits 0 by itself and leaves no process running', async () => {
    const marker = `bench-test-${process.pid}-${Date.now()}`;
    const resultsDir = tempDir('adgate-bench-results-');
    const run = runBench(marker, resultsDir);
    const code = await run.exited;
    expect(code, run.output()).toBe(0);
    const results = JSON.parse(fs.readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'));
    expect(Object.keys(results.databases)).toEqual(postgresAvailable ? ['sqlite', 'postgres'] : ['sqlite']);
    expect(results.databases.sqlite.gateway.ok).toBeGreaterThan(0);
    expect(results.databases.sqlite.gateway.cpu_ms_per_call.gateway).toBeGreaterThan(0);
    expect(results.databases.sqlite.fixed_rate.rate_per_s).toBeGreaterThan(0);
    expect(survivors(marker)).toEqual([]);
  }, 240_000);

  it('killed half-way, it stops every process it started', async () => {
    const marker = `bench-kill-${process.pid}-${Date.now()}`;
    const run = runBench(marker, tempDir('adgate-bench-results-'));
    // Once the first gateway is up, the emulator, the proxy and that gateway are all running.
    await new Promise<void>((resolve) => {
      const check = (chunk: Buffer) => {
        if (String(chunk).includes('[sqlite] warm-up')) {
          run.child.stdout.off('data', check);
          resolve();
        }
      };
      run.child.stdout.on('data', check);
    });
    expect(survivors(marker).length).toBeGreaterThanOrEqual(3);
    run.child.kill('SIGTERM');
    expect(await run.exited).not.toBe(0);
    expect(survivors(marker)).toEqual([]);
  }, 240_000);
});
