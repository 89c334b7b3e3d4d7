/**
 * The bench's child processes. Each is started in its own process group (detached), so that
 * stopping it stops whatever it started too, and every one is stopped when the bench ends: normally,
 * on an error, or on Ctrl-C. Children also carry BENCH_RUN_MARKER in their environment, which lets a
 * test find any process of this run that survived.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export const RUN_MARKER_VARIABLE = 'ADGATE_BENCH_RUN';

export interface Started {
  child: ChildProcess;
  pid: number;
  url: string;
  name: string;
}

const running = new Set<ChildProcess>();

export function runMarker(): string {
  return process.env[RUN_MARKER_VARIABLE] ?? `bench-${process.pid}`;
}

/** Starts a process and resolves with the URL it prints on stdout (first group of `ready`). */
export function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Started> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env, [RUN_MARKER_VARIABLE]: runMarker() },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = out.match(ready);
      if (match?.[1]) resolve({ child, pid: child.pid as number, url: match[1], name });
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready: ${out}`)),
    );
    child.once('error', reject);
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // The negative pid is the process group: the child and anything it spawned.
    process.kill(-(child.pid as number), signal);
  } catch {
    // Already gone.
  }
}

/** Stops one process (SIGTERM, then SIGKILL after `graceMs`) and waits until it has exited. */
export async function stop(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Whatever the child started and left behind in its group.
  signalGroup(child, 'SIGKILL');
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stop(child)));
}

/** Ctrl-C or a kill of the bench stops its children before it goes. */
export function stopAllOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll().finally(() => process.exit(130));
    });
  }
}

/**
 * Runs a bench's `main` and exits: whether it succeeded or failed, every process it started is
 * stopped first, and a handle a library left open cannot keep the bench alive.
 */
export function runBench(main: () => Promise<void>): void {
  stopAllOnSignals();
  main()
    .then(
      () => 0,
      (error: unknown) => {
        console.error(error);
        return 1;
      },
    )
    .then(async (code) => {
      await stopAll();
      process.exit(code);
    });
}
