/** CPU time and memory of a process, from the kernel (Linux `/proc`). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/** User + system CPU the process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / clockTicks();
}

/** Peak resident memory in MiB. */
export function peakRssMiB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** The machine's CPU counters (ticks of every CPU): busy, and stolen by the hypervisor. */
function machineTicks(): { total: number; idle: number; steal: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] as string;
  // cpu user nice system idle iowait irq softirq steal (guest time is counted in user already)
  const ticks = line
    .split(/\s+/)
    .slice(1, 9)
    .map((v) => Number(v) || 0);
  const [, , , idle = 0, iowait = 0, , , steal = 0] = ticks;
  return { total: ticks.reduce((a, b) => a + b, 0), idle: idle + iowait, steal };
}

/**
 * The share of the machine's CPU time that was busy, and that the hypervisor took for other guests
 * (steal), in percent, while `work` ran. A virtual machine's neighbours move every figure of a run:
 * steal says how much.
 */
export interface MachineShare {
  busy_pct: number;
  steal_pct: number;
}

/** Measures the CPU each process spends while `work` runs, per call answered, and the machine's share. */
export async function cpuPerCall<T extends { ok: number }>(
  pids: Record<string, number>,
  work: () => Promise<T>,
): Promise<{ result: T; cpu_ms_per_call: Record<string, number>; machine: MachineShare }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
  const machineBefore = machineTicks();
  const result = await work();
  const machineAfter = machineTicks();
  const total = Math.max(1, machineAfter.total - machineBefore.total);
  const pct = (ticks: number) => Math.round((ticks / total) * 1000) / 10;
  const machine = {
    busy_pct: pct(total - (machineAfter.idle - machineBefore.idle)),
    steal_pct: pct(machineAfter.steal - machineBefore.steal),
  };
  const perCall: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) {
    const used = cpuMs(pid) - (before[name] as number);
    perCall[name] = result.ok > 0 ? Math.round((used / result.ok) * 1000) / 1000 : Number.NaN;
  }
  return { result, cpu_ms_per_call: perCall, machine };
}
