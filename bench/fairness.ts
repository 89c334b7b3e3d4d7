/**
 * `npm run bench:fairness`: two gateway processes sharing PostgreSQL and Redis, in front of the
 * emulator limited to N QPS, with a noisy organisation sending 20 calls/s and a quiet one 1 call/s
 * for a bounded time. Reports each one's served calls against its max-min fair share, Jain's
 * index over the ratios, the quiet organisation's waits, and what the emulator throttled.
 */
import os from 'node:os';
import pg from 'pg';
import { organisation, percentile, startCli, stopChildren, writeResult } from './scale-support.js';

const N = Number(process.env.BENCH_QPS ?? 5);
const SECONDS = Number(process.env.BENCH_DURATION_S ?? 30);
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const TOKEN = 'emu-token-single-us';
const ADVERTISER = '6811000000000001';

interface Flow {
  name: string;
  perSecond: number;
  served: number;
  refused: number;
  waits: number[];
}

async function main(): Promise<void> {
  const schema = `bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  try {
    const emulator = await startCli(['emulator', '--port', '0', '--qps', String(N)], {});
    const env = {
      ADGATE_DATABASE_URL: url,
      ADGATE_LOG_LEVEL: 'warn',
      ADGATE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
      ADGATE_QUOTA_LIMITS: 'max=1000000000',
      ADGATE_RATE_LIMIT_RPS: '1000000',
      ADGATE_REDIS_URL: REDIS_URL,
      ADGATE_REDIS_PREFIX: `adgate-bench:${schema}:`,
      TIKTOK_API_BASE_URL: emulator.url,
      TIKTOK_QPS: String(N),
    };
    const noisyOrg = organisation(env, 'noisy', TOKEN, ADVERTISER);
    const quietOrg = organisation(env, 'quiet', TOKEN, ADVERTISER);
    const gateways = [
      await startCli(['serve', '--port', '0'], env),
      await startCli(['serve', '--port', '0'], env),
    ];
    const flows: Array<Flow & { key: string }> = [
      { name: 'noisy', perSecond: 20, key: noisyOrg.key, served: 0, refused: 0, waits: [] },
      { name: 'quiet', perSecond: 1, key: quietOrg.key, served: 0, refused: 0, waits: [] },
    ];
    // Each process serves a few calls first, at TikTok's pace: a cold process's first sends leave
    // tens of milliseconds after their slot (connections being opened, code not yet compiled),
    // more than the window's margin (docs/scaling.md). The emulator's log is read after them.
    for (let i = 0; i < 4; i++) {
      const gateway = gateways[i % 2] as { url: string };
      const res = await fetch(`${gateway.url}/api/v1/tools/list_tiktok_pixels/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${quietOrg.key}` },
        body: JSON.stringify({ arguments: {} }),
      });
      await res.arrayBuffer();
    }
    const warmUp = (
      (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as { requests: unknown[] }
    ).requests.length;
    const pending: Promise<void>[] = [];
    const started = Date.now();
    let sent = 0;
    const call = (flow: Flow & { key: string }) => {
      const gateway = gateways[sent++ % 2] as { url: string };
      const at = performance.now();
      pending.push(
        fetch(`${gateway.url}/api/v1/tools/list_tiktok_pixels/execute`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${flow.key}` },
          body: JSON.stringify({ arguments: {} }),
        }).then(async (res) => {
          await res.arrayBuffer();
          // Only calls answered within the run count as served in it.
          if (Date.now() > started + SECONDS * 1000) return;
          if (res.status === 200) {
            flow.served++;
            flow.waits.push(performance.now() - at);
          } else flow.refused++;
        }),
      );
    };
    // Open-loop arrivals at each flow's rate, whatever the answers.
    const timers = flows.map((flow) => setInterval(() => call(flow), 1000 / flow.perSecond));
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    for (const timer of timers) clearInterval(timer);
    await Promise.allSettled(pending);
    const state = (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as {
      requests: Array<{ code?: number }>;
    };
    const capacity = flows.reduce((sum, f) => sum + f.served, 0) / SECONDS;
    // Max-min fair shares of the capacity used: the quiet flow's demand is below an equal split.
    const quiet = flows[1] as Flow;
    const noisy = flows[0] as Flow;
    const fairQuiet = Math.min(quiet.perSecond, capacity / 2);
    const fairNoisy = capacity - fairQuiet;
    const ratios = [noisy.served / SECONDS / fairNoisy, quiet.served / SECONDS / fairQuiet];
    const jain =
      ratios.reduce((a, b) => a + b, 0) ** 2 / (ratios.length * ratios.reduce((a, b) => a + b * b, 0));
    const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cpu, load average ${os.loadavg()[0]?.toFixed(1)}`,
      setup: `2 gateway processes, shared PostgreSQL and Redis; emulator at ${N} QPS; ${SECONDS} s`,
      capacity_served_per_s: round(capacity, 2),
      emulator_throttled: state.requests.filter((r) => r.code === 40100).length,
      emulator_sends_after_warm_up: state.requests.length - warmUp,
      noisy: {
        asked_per_s: 20,
        served: noisy.served,
        refused_429: noisy.refused,
        fair_share_per_s: round(fairNoisy, 2),
      },
      quiet: {
        asked_per_s: 1,
        served: quiet.served,
        refused_429: quiet.refused,
        fair_share_per_s: round(fairQuiet, 2),
        share_of_served: round(quiet.served / (quiet.served + noisy.served)),
        fair_share_of_served: round(fairQuiet / capacity),
        p50_wait_ms: Math.round(percentile(quiet.waits, 50)),
        p95_wait_ms: Math.round(percentile(quiet.waits, 95)),
      },
      jain_index_over_fair_shares: round(jain),
    };
    console.log(JSON.stringify(result, null, 2));
    writeResult('fairness-latest', result);
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
