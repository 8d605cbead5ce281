import { afterEach, describe, expect, it } from 'vitest';
import { focusOrigin, returnFocus, trackPresses } from './focusReturn';

const press = (el: Element) =>
  el.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));

describe('focusReturn', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('remembers the button just pressed, even once focus has moved into the new panel', () => {
    trackPresses();
    document.body.innerHTML =
      '<ul><li><button id="item"><span id="label">San Ysidro</span></button></li></ul><h2 tabindex="-1" id="heading">Card</h2>';
    press(document.getElementById('label') as Element);
    (document.getElementById('heading') as HTMLElement).focus();
    expect(focusOrigin()?.id).toBe('item');
  });

  it('names a stand-in for a press on what takes no focus (the timeline’s canvas)', () => {
    trackPresses();
    document.body.innerHTML =
      '<div class="marks-layer"><canvas id="marks"></canvas></div><g id="playhead" tabindex="0"></g>';
    press(document.getElementById('marks') as Element);
    expect(focusOrigin([['.marks-layer', '#playhead']])?.id).toBe('playhead');
  });

  it('falls back when the opener has left the page', () => {
    document.body.innerHTML = '<button id="gone">x</button><button id="tab">Details</button>';
    const gone = document.getElementById('gone') as HTMLElement;
    gone.remove();
    returnFocus(gone, document.getElementById('tab'));
    expect(document.activeElement?.id).toBe('tab');
  });
});
