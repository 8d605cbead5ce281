import { describe, expect, it } from 'vitest';
import { roomScale } from './roomScale';

describe('roomScale', () => {
  it('leaves desk sizes alone and lifts 11 px timeline text to 16 px at 1920×1080', () => {
    expect(roomScale(1280, 800)).toBe(1);
    expect(roomScale(800, 450)).toBe(1);
    expect(11 * roomScale(1920, 1080)).toBeGreaterThanOrEqual(16);
    expect(roomScale(3840, 2160)).toBe(2);
  });
  it('follows the tighter side of a frame that is not 16:9', () => {
    expect(roomScale(1920, 742)).toBe(1);
  });
});
