/**
 * How each kind of value is written in a query string and read back. A reader returns
 * undefined for anything it does not accept; the table then ignores the key with a warning.
 */
import { z } from 'zod';
import { isoDayToMs, msToIsoDay } from '../../domain/isoDate';
import type { Camera, Interval } from '../state';

const DAY = 86_400_000;
const MIN_T = Date.UTC(1900, 0, 1);
const MAX_T = Date.UTC(2100, 0, 1);

export interface Codec<T> {
  read: (raw: string) => T | undefined;
  write: (value: T) => string;
}

const fromZod =
  <T>(schema: z.ZodType<T>) =>
  (raw: string): T | undefined => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : undefined;
  };

const idPattern = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);

/** A calendar day "YYYY-MM-DD" between 1900 and 2100, as epoch ms: the URL's and the bridge's. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const t = isoDayToMs(s);
    return Number.isFinite(t) && t >= MIN_T && t <= MAX_T && msToIsoDay(t) === s;
  })
  .transform((s) => isoDayToMs(s));

export const day: Codec<number> = { read: fromZod(isoDay), write: msToIsoDay };

/** "2018-11-01..2018-12-31": both days inclusive. */
export const dayRange: Codec<Interval> = {
  read: fromZod(
    z
      .string()
      .transform((s) => s.split('..'))
      .pipe(z.tuple([isoDay, isoDay]))
      .transform(([a, b]): Interval => [a, b + DAY])
      .refine(([a, b]) => b > a),
  ),
  write: ([a, b]) => `${msToIsoDay(a)}..${msToIsoDay(b - DAY)}`,
};

export const id: Codec<string> = { read: fromZod(idPattern), write: (v) => v };

/** Comma-separated ids, each once; `allowed` narrows them to a vocabulary. */
export const idList = (allowed?: readonly string[]): Codec<readonly string[]> => ({
  read: fromZod(
    z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(idPattern).max(200))
      .transform((xs) => [...new Set(xs)])
      .refine((xs) => !allowed || xs.every((x) => allowed.includes(x))),
  ),
  write: (v) => v.join(','),
});

/** Free-text names separated by "|" (actors' names hold commas). */
export const nameList: Codec<readonly string[]> = {
  read: (raw) => {
    const r = z
      .array(z.string().min(1).max(200))
      .max(100)
      .safeParse(raw.split('|').filter(Boolean));
    return r.success ? [...new Set(r.data)] : undefined;
  },
  write: (v) => v.join('|'),
};

export const text: Codec<string> = { read: fromZod(z.string().max(200)), write: (v) => v };

const round = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);

/** "lon,lat,zoom" with 4, 4 and 2 decimals. */
export const camera: Codec<Camera> = {
  read: fromZod(
    z
      .string()
      .transform((s) => s.split(',').map(Number))
      .pipe(
        z.tuple([
          z.number().min(-180).max(180),
          z.number().min(-85).max(85),
          z.number().min(0).max(22),
        ]),
      )
      .transform(([lon, lat, zoom]) => ({ lon, lat, zoom })),
  ),
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
