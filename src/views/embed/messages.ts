/**
 * The postMessage protocol between an embedded Frontera and its host page.
 *
 * Outbound (iframe → parent):
 *   { type: "frontera:resize", height: number }   the height that suits the iframe's width
 *                                                   (article fit only; a slide never asks to grow)
 *   { type: "frontera:key", key: string }           a moving key the embed hands to the host
 *                                                   (PageDown, PageUp, ArrowRight, ArrowLeft, " ")
 * Inbound (parent → iframe), anything else is ignored:
 *   { type: "frontera:select-event", id: string }   select an event (as a click would)
 *   { type: "frontera:goto-date", date: "YYYY-MM-DD" }  move the playhead to a day
 *   { type: "frontera:story-step", step: number }   go to a story step (1-based, clamped)
 * Inbound messages are checked by ./inboundMessage.ts (loaded when the first one arrives).
 */
export type { InboundMessage } from './inboundMessage';

export const RESIZE = 'frontera:resize';
export const KEY = 'frontera:key';

export interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}

export interface KeyMessage {
  type: typeof KEY;
  key: string;
}

/** Bounds embed.js keeps an iframe's height within, whatever a page asks for. */
export const EMBED_MIN_HEIGHT = 320;
export const EMBED_MAX_HEIGHT = 1000;
/** The snippet's starting height: right for the compact layout at any width. */
export const EMBED_DEFAULT_HEIGHT = 640;

/**
 * The height that suits an embed of this width: the compact layout up to 900 px wide, the full
 * one with room for the map above that; never outside the bounds embed.js enforces.
 */
export function preferredEmbedHeight(width: number): number {
  const h = width <= 900 ? Math.round(width * 0.6 + 160) : Math.round(width * 0.5 + 200);
  return Math.min(EMBED_MAX_HEIGHT, Math.max(EMBED_MIN_HEIGHT + 160, h));
}
