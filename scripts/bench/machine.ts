/** The machine a run measured: CPU, cores, memory, Chromium, Node, OS, date. */
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
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Chromium ${m.chromium} (headless); Node ${m.node}; ${m.os}; load average ${m.loadAverage} at start`;
