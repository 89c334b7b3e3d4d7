/**
 * `npm run bench`: (a) validate + map per call; (b) the whole execute path over a real socket
 * against the emulator, side by side with a bare Fastify proxy to the same emulator endpoint;
 * (c) the gateway's peak memory. Each server runs in its own process; the load generator
 * (autocannon) runs here. Results go to bench/results/ as JSON.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { formatUtc } from '../src/domain/time.js';
import { FULL_ARGUMENTS, runMicro } from './micro.js';

const CLI = path.resolve('dist/cli/main.js');
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const TOKEN = 'emu-token-single-us';
const ADVERTISER = '6811000000000001';

const children: ChildProcess[] = [];

function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = out.match(ready);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
  });
}

function cli(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

/** Peak resident memory of a process, from the kernel (Linux). */
function peakRssMiB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

async function load(url: string, body: () => string, headers: Record<string, string>) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  const ok = result['2xx'];
  return {
    requests_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    non_2xx: result.non2xx,
    errors: result.errors,
    ok,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error('run `npm run build` first (npm run bench does)');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-bench-'));
  const now = new Date();
  const args = {
    ...FULL_ARGUMENTS,
    schedule_start_time: formatUtc(new Date(now.getTime() + 86_400_000)),
    schedule_end_time: formatUtc(new Date(now.getTime() + 60 * 86_400_000)),
  };

  console.log('(a) validate and map a full-featured call, in-process');
  const micro = runMicro();
  console.log(micro);

  const emulator = await start(
    process.execPath,
    [CLI, 'emulator', '--port', '0', '--qps', 'off'],
    {},
    /listening on (http:\/\/\S+)/,
  );
  const env = {
    ADGATE_DATA_DIR: dataDir,
    ADGATE_LOG_LEVEL: 'warn',
    ADGATE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
    ADGATE_QUOTA_LIMITS: 'max=1000000000',
    ADGATE_RATE_LIMIT_RPS: '1000000',
    TIKTOK_API_BASE_URL: emulator.url,
    TIKTOK_QPS: '1000000',
  };
  const org = JSON.parse(cli(['orgs', 'create', '--name', 'bench', '--tier', 'max', '--json'], env)).id;
  const key = JSON.parse(cli(['keys', 'create', '--org', org, '--json'], env)).key;
  cli(['accounts', 'connect', '--org', org, '--access-token', TOKEN, '--advertiser-id', ADVERTISER], env);
  const gateway = await start(
    process.execPath,
    [CLI, 'serve', '--port', '0'],
    env,
    /listening on (http:\/\/\S+)/,
  );

  // The proxy forwards exactly the body the gateway would send (taken from a dry run).
  const dry = await fetch(`${gateway.url}/api/v1/tools/add_tiktok_ad_group/execute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ arguments: { ...args, dry_run: true } }),
  });
  const dryBody = (await dry.json()) as {
    success: boolean;
    data: { structured: { body: Record<string, unknown> } };
  };
  if (!dryBody.success) throw new Error(`dry run failed: ${JSON.stringify(dryBody)}`);
  const tiktokBody = dryBody.data.structured.body;
  const proxy = await start(
    'npx',
    ['tsx', 'bench/proxy.ts', emulator.url, TOKEN],
    {},
    /listening on (http:\/\/\S+)/,
  );

  let sequence = 0;
  const gatewayBody = JSON.stringify({ arguments: args });
  console.log(`(b) ${DURATION_S}s x ${CONNECTIONS} connections: gateway, then bare proxy`);
  const viaGateway = await load(
    `${gateway.url}/api/v1/tools/add_tiktok_ad_group/execute`,
    () => gatewayBody,
    {
      authorization: `Bearer ${key}`,
    },
  );
  const viaProxy = await load(
    `${proxy.url}/proxy`,
    () => JSON.stringify({ ...tiktokBody, request_id: String(++sequence) }),
    {},
  );
  console.log({ gateway: viaGateway, proxy: viaProxy });

  const results = {
    date: now.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model,
      memory_gib: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    settings: {
      duration_s: DURATION_S,
      connections: CONNECTIONS,
      database: 'SQLite (file)',
      upstream: 'TikTok emulator, QPS limit off',
    },
    validate_and_map: micro,
    execute_path: {
      gateway: viaGateway,
      bare_proxy: viaProxy,
      throughput_ratio: Math.round((viaGateway.requests_per_s / viaProxy.requests_per_s) * 100) / 100,
      added_latency_p50_ms: viaGateway.latency_p50_ms - viaProxy.latency_p50_ms,
      added_latency_p99_ms: viaGateway.latency_p99_ms - viaProxy.latency_p99_ms,
      note: "Each gateway call reads the campaign (/campaign/get/) and creates the ad group: two upstream calls to the proxy's one.",
    },
    peak_memory_mib: {
      gateway: peakRssMiB(gateway.child.pid as number),
      emulator: peakRssMiB(emulator.child.pid as number),
    },
  };
  console.log('(c) peak memory', results.peak_memory_mib);
  fs.mkdirSync('bench/results', { recursive: true });
  const file = path.join('bench/results', `${now.toISOString().slice(0, 10)}-${os.cpus().length}cpu.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${file} and bench/results/latest.json`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill('SIGTERM');
  });
