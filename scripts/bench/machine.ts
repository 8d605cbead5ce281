/** The machine a run measured: CPU, cores, memory, Chromium, Node, OS, date. */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { Browser } from 'playwright-core';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  chromium: string;
  node: string;
  os: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadAverage: number;
}

export function describeMachine(browser: Browser, started: Date): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium: browser.version(),
    node: process.version,
    os: `${type()} ${release()}`,
    date: started.toISOString(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export const machineLine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Chromium ${m.chromium} (headless); Node ${m.node}; ${m.os}`;

/** Busy and total CPU time of the whole machine (jiffies, /proc/stat); null off Linux. */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1);
    const n = (fields ?? []).map(Number);
    const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * CPU time (jiffies) of this process and every descendant (Chromium's browser, renderer and GPU
 * processes), counting reaped children through their parents' cutime/cstime.
 */
function ownCpu(): number {
  const parent = new Map<number, number>();
  const time = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state is field 3.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(rest[1]));
      time.set(
        Number(entry),
        [11, 12, 13, 14].reduce((a, i) => a + Number(rest[i] ?? 0), 0),
      );
    } catch {
      // The process exited while we read.
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
  }
  let sum = 0;
  for (const pid of mine) sum += time.get(pid) ?? 0;
  return sum;
}

/**
 * Starts a measurement of the CPU that other processes on the machine use; the returned
 * function gives their share of all cores since the start (0–1), or null when unknown. Other
 * work competing for the two cores moves every figure of the benchmark.
 */
export function otherCpuShare(): () => number | null {
  const m0 = machineCpu();
  if (!m0) return () => null;
  const own0 = ownCpu();
  return () => {
    const m1 = machineCpu();
    if (!m1 || m1.total === m0.total) return null;
    const others = m1.busy - m0.busy - (ownCpu() - own0);
    return Math.max(0, Math.min(1, others / (m1.total - m0.total)));
  };
}
