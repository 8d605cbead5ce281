/**
 * The messages a host page may send an embedded Frontera, checked with zod: anything else is
 * ignored. Dates go through the URL's own day reader, so the bridge accepts what links accept.
 * Loaded when the first message arrives, never on the page's critical path.
 */
import { z } from 'zod';
import { readIsoDay } from '../../session/url/codecs';

// No eval probe: the app's Content-Security-Policy forbids it.
z.config({ jitless: true });

const isoDay = z.string().transform((s, ctx) => {
  const t = readIsoDay(s);
  if (t === undefined) {
    ctx.addIssue({ code: 'custom', message: 'not a calendar day between 1900 and 2100' });
    return z.NEVER;
  }
  return t;
});

export const InboundMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('frontera:select-event'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(120),
  }),
  z.strictObject({
    type: z.literal('frontera:goto-date'),
    /** Parsed to epoch ms: a real calendar day within 1900–2100. */
    date: isoDay,
  }),
  z.strictObject({
    type: z.literal('frontera:story-step'),
    step: z.number().int().min(1).max(999),
  }),
]);
export type InboundMessage = z.infer<typeof InboundMessageSchema>;
