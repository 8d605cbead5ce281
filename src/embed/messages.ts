/**
 * The postMessage protocol between an embedded Frontera and its host page.
 *
 * Outbound (iframe → parent):
 *   { type: "frontera:resize", height: number }   after every change of the page's height
 * Inbound (parent → iframe), anything else is ignored:
 *   { type: "frontera:select-event", id: string }   select an event (as a click would)
 *   { type: "frontera:goto-date", date: "YYYY-MM-DD" }  move the playhead to a day
 *   { type: "frontera:story-step", step: number }   go to a story step (1-based)
 */
import { z } from 'zod';

export const RESIZE = 'frontera:resize';

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
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  z.strictObject({
    type: z.literal('frontera:story-step'),
    step: z.number().int().min(1).max(999),
  }),
]);
export type InboundMessage = z.infer<typeof InboundMessageSchema>;

export interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}
