/** What the multi-process benchmarks share: start the built CLI's processes, run its commands, read memory. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CLI = path.resolve('dist/cli/main.js');
const children: ChildProcess[] = [];

/** Starts `adgate <args>` and resolves its URL once a stdout line matches `ready`. */
export function startCli(
  args: string[],
  env: Record<string, string>,
  ready = /listening on (http:\/\/\S+)/,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
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

export function runCli(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

/** Resident memory of a process now and at its peak (Linux), in MiB. */
export function rssMiB(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return { now: Math.round(kb('VmRSS') / 102.4) / 10, peak: Math.round(kb('VmHWM') / 102.4) / 10 };
}

export function stopChildren(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
}

export function writeResult(name: string, result: unknown): void {
  const dir = path.resolve('bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The connect-and-key set-up every benchmark needs, through the operator CLI. */
export function organisation(env: Record<string, string>, name: string, token: string, advertiser: string) {
  const org = JSON.parse(runCli(['orgs', 'create', '--name', name, '--tier', 'max', '--json'], env))
    .id as string;
  const key = JSON.parse(runCli(['keys', 'create', '--org', org, '--json'], env)).key as string;
  runCli(['accounts', 'connect', '--org', org, '--access-token', token, '--advertiser-id', advertiser], env);
  return { org, key };
}
