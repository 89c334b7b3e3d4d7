/**
 * `npm run bench:inflight`: 10,000 add_tiktok_ad_group creates in flight at once against an
 * upstream that takes 5 s to answer each create (the emulator with a latency fault). Reports the
 * gateway's peak resident memory and checks that nothing was lost or doubled. The client opens
 * its connections in steps of 500 (a burst of 10,000 SYNs overflows the kernel's accept queue
 * before any server sees them) and, as a client should, retries with the same Idempotency-Key
 * after a refusal with Retry-After or a broken connection: in the end each of the 10,000 has
 * exactly one ad group at the emulator.
 *
 * The load generator is this process; the gateway is a child process of its own, so the RSS
 * reported is the gateway's alone. ADGATE_MAX_CALLS_IN_FLIGHT is set to the number of calls
 * (its default, 10,000, is the same) so that all of them may really be in flight at once; the
 * client waits up to 120 s for a connection to be accepted (the gateway accepts them at its own
 * pace on two cores, and a connection still in the kernel's queue costs the gateway nothing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Agent, setGlobalDispatcher } from 'undici';
import { organisation, rssMiB, startCli, stopChildren, writeResult } from './scale-support.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 10_000);
const UPSTREAM_MS = 5_000;
const TOKEN = 'emu-token-single-us';
const ADVERTISER = '6811000000000001';
const CAMPAIGN = '1800000000000101';

async function main(): Promise<void> {
  setGlobalDispatcher(
    new Agent({
      connections: null,
      keepAliveTimeout: 60_000,
      headersTimeout: 120_000,
      connect: { timeout: 120_000 },
    }),
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-bench-inflight-'));
  const emulator = await startCli(['emulator', '--port', '0', '--qps', 'off'], {});
  const env = {
    ADGATE_DATA_DIR: dataDir,
    ADGATE_LOG_LEVEL: 'warn',
    ADGATE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
    ADGATE_QUOTA_LIMITS: 'max=1000000000',
    ADGATE_RATE_LIMIT_RPS: '1000000',
    TIKTOK_API_BASE_URL: emulator.url,
    // The queue in front of TikTok holds the calls the upstream cannot take yet.
    TIKTOK_QPS: '1000',
    TIKTOK_QUEUE_MAX_WAIT_MS: '40000',
    ADGATE_MAX_CALLS_IN_FLIGHT: String(Math.max(CALLS, 10_000)),
  };
  const { key } = organisation(env, 'bench', TOKEN, ADVERTISER);
  const gateway = await startCli(['serve', '--port', '0'], env);
  await fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: '/adgroup/create/', kind: 'latency', ms: UPSTREAM_MS }),
  });
  const pid = gateway.child.pid as number;
  let sampledPeak = 0;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, rssMiB(pid).now);
  }, 200);
  const started = performance.now();
  const first: Record<string, number> = {};
  const final: Record<string, number> = {};
  let connectionErrors = 0;
  const errorCodes: Record<string, number> = {};
  let retries = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  const attempt = async (i: number): Promise<{ status: number; retryAfter: number }> => {
    try {
      const res = await fetch(`${gateway.url}/api/v1/tools/add_tiktok_ad_group/execute`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key}`,
          'idempotency-key': `inflight-${i}`,
        },
        body: JSON.stringify({
          arguments: { campaign_id: CAMPAIGN, adgroup_name: `inflight ${i}`, budget: 50 },
        }),
      });
      await res.arrayBuffer();
      return { status: res.status, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
    } catch (error) {
      connectionErrors++;
      const code = String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name);
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
      return { status: 0, retryAfter: 1 };
    }
  };
  const create = async (i: number): Promise<void> => {
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    let answer = await attempt(i);
    first[answer.status] = (first[answer.status] ?? 0) + 1;
    for (let n = 0; n < 10 && [0, 408, 409, 429, 503, 504].includes(answer.status); n++) {
      retries++;
      await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000));
      answer = await attempt(i);
    }
    final[answer.status] = (final[answer.status] ?? 0) + 1;
    inFlight--;
  };
  const all: Promise<void>[] = [];
  for (let i = 0; i < CALLS; i += 500) {
    for (let j = i; j < Math.min(CALLS, i + 500); j++) all.push(create(j));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await Promise.all(all);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const memory = rssMiB(pid);
  const state = (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as {
    adgroups: Array<{ body: { adgroup_name: string } }>;
  };
  const names = new Map<string, number>();
  for (const group of state.adgroups)
    names.set(group.body.adgroup_name, (names.get(group.body.adgroup_name) ?? 0) + 1);
  const doubled = [...names.values()].filter((n) => n > 1).length;
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cpu, ${os.cpus()[0]?.model ?? ''}, load average ${os.loadavg()[0]?.toFixed(1)}`,
    calls: CALLS,
    upstream_ms_per_create: UPSTREAM_MS,
    seconds: Math.round(seconds * 10) / 10,
    peak_creates_in_flight: peakInFlight,
    first_answers: first,
    final_answers: final,
    retries_with_the_same_key: retries,
    connection_errors: connectionErrors,
    connection_error_codes: errorCodes,
    created_at_emulator: state.adgroups.length,
    lost: CALLS - names.size,
    doubled,
    gateway_peak_rss_mib: Math.max(memory.peak, sampledPeak),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('inflight-latest', result);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
