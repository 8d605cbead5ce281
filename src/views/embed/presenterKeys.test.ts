import { describe, expect, it } from 'vitest';
import { type FocusUse, focusUse, type KeyInput, NO_FOCUS_USE, routeKey } from './presenterKeys';

const input = (over: Partial<KeyInput>): KeyInput => ({
  key: 'PageDown',
  modified: false,
  focus: NO_FOCUS_USE,
  embedded: true,
  story: null,
  ...over,
});
const slider: FocusUse = { arrows: true, space: false, modal: false };
const text: FocusUse = { arrows: true, space: true, modal: false };
const button: FocusUse = { arrows: false, space: true, modal: false };

describe('routeKey', () => {
  it('hands PageDown / PageUp to the host from anywhere, even a slider or a text field', () => {
    for (const focus of [NO_FOCUS_USE, slider, text, button]) {
      expect(routeKey(input({ key: 'PageDown', focus }))).toEqual({ kind: 'host', direction: 1 });
      expect(routeKey(input({ key: 'PageUp', focus }))).toEqual({ kind: 'host', direction: -1 });
    }
  });

  it('keeps → ← for controls that use them, Space for buttons and text', () => {
    expect(routeKey(input({ key: 'ArrowRight', focus: slider }))).toEqual({ kind: 'local' });
    expect(routeKey(input({ key: 'ArrowLeft', focus: text }))).toEqual({ kind: 'local' });
    expect(routeKey(input({ key: ' ', focus: button }))).toEqual({ kind: 'local' });
    expect(routeKey(input({ key: ' ', focus: slider }))).toEqual({ kind: 'host', direction: 1 });
    expect(routeKey(input({ key: 'ArrowRight', focus: button }))).toEqual({
      kind: 'host',
      direction: 1,
    });
    expect(routeKey(input({ key: 'ArrowLeft' }))).toEqual({ kind: 'host', direction: -1 });
  });

  it('leaves every other key, modified keys and dialogs alone', () => {
    for (const key of ['f', 'Escape', 'Home', 'End', 'Enter', 'ArrowDown', 'Tab'])
      expect(routeKey(input({ key }))).toEqual({ kind: 'local' });
    expect(routeKey(input({ modified: true }))).toEqual({ kind: 'local' });
    expect(
      routeKey(input({ focus: { arrows: true, space: true, modal: true }, key: 'PageDown' })),
    ).toEqual({ kind: 'local' });
  });

  it('steps a story, and hands over only past its last step or before its first', () => {
    const story = { step: 0, count: 3 };
    expect(routeKey(input({ story }))).toEqual({ kind: 'story', step: 1 });
    expect(routeKey(input({ story, key: 'PageUp' }))).toEqual({ kind: 'host', direction: -1 });
    expect(routeKey(input({ story: { step: 2, count: 3 }, key: ' ' }))).toEqual({
      kind: 'host',
      direction: 1,
    });
    expect(routeKey(input({ story: { step: 2, count: 3 }, key: 'ArrowLeft' }))).toEqual({
      kind: 'story',
      step: 1,
    });
  });

  it('never hands over on a page of its own: a story just stops at its ends', () => {
    expect(routeKey(input({ embedded: false }))).toEqual({ kind: 'local' });
    expect(routeKey(input({ embedded: false, story: { step: 2, count: 3 } }))).toEqual({
      kind: 'local',
    });
  });
});

describe('focusUse', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.querySelector('[data-t]');
  };

  it('tells what each kind of control does with the moving keys', () => {
    expect(focusUse(el('<input data-t type="search">'), false)).toEqual(text);
    expect(focusUse(el('<textarea data-t></textarea>'), false)).toEqual(text);
    expect(focusUse(el('<select data-t></select>'), false)).toEqual(text);
    expect(focusUse(el('<svg><g data-t role="slider" tabindex="0"></g></svg>'), false)).toEqual(
      slider,
    );
    expect(focusUse(el('<button data-t>Next</button>'), false)).toEqual(button);
    expect(focusUse(el('<input data-t type="checkbox">'), false)).toEqual(button);
    expect(focusUse(el('<a data-t href="#x">link</a>'), false)).toEqual(NO_FOCUS_USE);
    expect(focusUse(document.body, false)).toEqual(NO_FOCUS_USE);
    expect(focusUse(null, false)).toEqual(NO_FOCUS_USE);
  });

  it('gives the map the arrows only when it was reached by keyboard', () => {
    const map = el('<canvas data-t class="maplibregl-canvas" tabindex="0"></canvas>');
    expect(focusUse(map, true).arrows).toBe(true);
    expect(focusUse(map, false).arrows).toBe(false);
  });

  it('leaves every key to an open dialog', () => {
    expect(focusUse(el('<dialog open><button data-t>x</button></dialog>'), false).modal).toBe(true);
  });
});
