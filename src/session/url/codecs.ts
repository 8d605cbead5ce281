/**
 * How each kind of value is written in a query string and read back. A reader returns
 * undefined for anything it does not accept; the table then ignores the key with a warning.
 * Plain checks, no validator library: the URL is read on the page's critical path, and these few
 * shapes do not justify loading one before the first frame.
 */
import { isoDayToMs, msToIsoDay } from '../../domain/isoDate';
import type { Camera, Interval } from '../state';

const DAY = 86_400_000;
const MIN_T = Date.UTC(1900, 0, 1);
const MAX_T = Date.UTC(2100, 0, 1);

export interface Codec<T> {
  read: (raw: string) => T | undefined;
  write: (value: T) => string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (s: string) => s.length <= 120 && ID.test(s);

/** A calendar day "YYYY-MM-DD" between 1900 and 2100, as epoch ms: the URL's and the bridge's. */
export function readIsoDay(s: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = isoDayToMs(s);
  return Number.isFinite(t) && t >= MIN_T && t <= MAX_T && msToIsoDay(t) === s ? t : undefined;
}

export const day: Codec<number> = { read: readIsoDay, write: msToIsoDay };

/** "2018-11-01..2018-12-31": both days inclusive. */
export const dayRange: Codec<Interval> = {
  read: (raw) => {
    const parts = raw.split('..');
    if (parts.length !== 2) return undefined;
    const a = readIsoDay(parts[0] ?? '');
    const b = readIsoDay(parts[1] ?? '');
    return a !== undefined && b !== undefined && b + DAY > a ? [a, b + DAY] : undefined;
  },
  write: ([a, b]) => `${msToIsoDay(a)}..${msToIsoDay(b - DAY)}`,
};

export const id: Codec<string> = { read: (raw) => (isId(raw) ? raw : undefined), write: (v) => v };

/** Comma-separated ids, each once; `allowed` narrows them to a vocabulary. */
export const idList = (allowed?: readonly string[]): Codec<readonly string[]> => ({
  read: (raw) => {
    const ids = raw.split(',').filter(Boolean);
    if (ids.length > 200 || !ids.every(isId)) return undefined;
    if (allowed && !ids.every((x) => allowed.includes(x))) return undefined;
    return [...new Set(ids)];
  },
  write: (v) => v.join(','),
});

/** Free-text names separated by "|" (actors' names hold commas). */
export const nameList: Codec<readonly string[]> = {
  read: (raw) => {
    const names = raw.split('|').filter(Boolean);
    return names.length <= 100 && names.every((n) => n.length <= 200)
      ? [...new Set(names)]
      : undefined;
  },
  write: (v) => v.join('|'),
};

export const text: Codec<string> = {
  read: (raw) => (raw.length <= 200 ? raw : undefined),
  write: (v) => v,
};

const round = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);
const within = (v: number | undefined, lo: number, hi: number): v is number =>
  v !== undefined && Number.isFinite(v) && v >= lo && v <= hi;

/** "lon,lat,zoom" with 4, 4 and 2 decimals. */
export const camera: Codec<Camera> = {
  read: (raw) => {
    const n = raw.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x)));
    const [lon, lat, zoom] = n;
    return n.length === 3 && within(lon, -180, 180) && within(lat, -85, 85) && within(zoom, 0, 22)
      ? { lon, lat, zoom }
      : undefined;
  },
  write: (c) => [round(c.lon, 4), round(c.lat, 4), round(c.zoom, 2)].join(','),
};

export const oneOf = <T extends string>(values: readonly T[]): Codec<T> => ({
  read: (raw) => values.find((v) => v === raw),
  write: (v) => v,
});

/** "1" or "0". */
export const flag: Codec<boolean> = {
  read: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  write: (v) => (v ? '1' : '0'),
};

/** "story-id" or "story-id:3" (1-based step, as readers count). */
export const storyRef: Codec<{ id: string; step: number }> = {
  read: (raw) => {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::([1-9]\d{0,2}))?$/.exec(raw);
    if (!m?.[1] || m[1].length > 120) return undefined;
    return { id: m[1], step: m[2] ? Number(m[2]) - 1 : 0 };
  },
  write: (s) => `${s.id}:${s.step + 1}`,
};

/** A codec whose null is "absent". */
export const nullable = <T>(c: Codec<T>): Codec<T | null> => ({
  read: (raw) => c.read(raw),
  write: (v) => (v === null ? '' : c.write(v)),
});
