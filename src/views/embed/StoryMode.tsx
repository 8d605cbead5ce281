import '../../styles/story.css';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { Narrative } from '../../data/schema';
import { useFullI18n } from '../../i18n/useI18n';
import { useActions, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { exitFullscreen, toggleFullscreen } from '../../ui/fullscreen';
import { useShrinkToFit } from '../../ui/useShrinkToFit';
import {
  focusReachedByKeyboard,
  focusUse,
  MOVE_KEYS,
  routeKey,
  trackFocusOrigin,
} from './presenterKeys';
import { SlidesButton } from './SlidesButton';

type KeyAction = 'first' | 'last' | 'fullscreen' | 'exit';
/** Clickers send PageUp / PageDown and keyboards the arrows and Space: see presenterKeys.ts. */
const KEY_ACTIONS: Record<string, KeyAction> = {
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  Escape: 'exit',
};

/**
 * Presentation mode: one caption at a time in projector-sized type, and the map and timeline
 * set to each step. → / PageDown / Space next, ← / PageUp back, Home / End, F fullscreen, Esc leaves.
 */
export function StoryMode({ narrative: base, step }: { narrative: Narrative; step: number }) {
  const narrative = useTexts().narrative(base);
  const actions = useActions();
  const embed = useSession((s) => s.embed);
  const { t, f } = useFullI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const last = narrative.steps.length - 1;
  const current = narrative.steps[Math.min(step, last)];
  // A long caption (Spanish runs ~15 % longer) shrinks a little before it would scroll.
  const body = useRef<HTMLElement>(null);
  useShrinkToFit(body, `${current?.title}|${current?.caption}`);

  const go = useCallback(
    (n: number) => actions.storyStep(narrative.id, Math.max(0, Math.min(last, n))),
    [narrative.id, last, actions],
  );
  const exit = useCallback(() => {
    actions.leaveStory();
    exitFullscreen();
  }, [actions]);

  useEffect(() => {
    trackFocusOrigin();
    const onKey = (e: KeyboardEvent) => {
      const modified = e.altKey || e.ctrlKey || e.metaKey;
      if (MOVE_KEYS[e.key]) {
        // Past either end the embed bridge hands the key to the host page (when there is one).
        const route = routeKey({
          key: e.key,
          modified,
          focus: focusUse(document.activeElement, focusReachedByKeyboard()),
          embedded: window.parent !== window,
          story: { step, count: last + 1 },
        });
        if (route.kind !== 'story') return;
        e.preventDefault();
        go(route.step);
        return;
      }
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select, [role="slider"], dialog') || modified) return;
      const action = KEY_ACTIONS[e.key] ?? KEY_ACTIONS[e.key.toLowerCase()];
      if (!action) return;
      e.preventDefault();
      if (action === 'first') go(0);
      else if (action === 'last') go(last);
      else if (action === 'exit') exit();
      else toggleFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, step, last, exit]);

  if (!current) return null;
  return (
    <section
      className="story-panel"
      aria-label={t.story.region(narrative.title)}
      aria-roledescription={t.story.kind}
    >
      {/* Reachable by keyboard: on a short screen a long caption scrolls. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keys */}
      <section ref={body} className="story-body" tabIndex={0} aria-labelledby={`${id}-title`}>
        <p className="story-kicker">
          {t.story.step(
            narrative.title,
            f.number(Math.min(step, last) + 1),
            f.number(narrative.steps.length),
          )}
        </p>
        <h2 id={`${id}-title`} ref={heading} aria-live="polite">
          {current.title}
        </h2>
        <p className="story-caption">{current.caption}</p>
      </section>
      {/* Pinned below the caption: always on screen, whatever the caption's length. */}
      <div className="story-controls">
        <button
          type="button"
          onClick={() => go(step - 1)}
          disabled={step <= 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          {t.story.back}
        </button>
        <button
          type="button"
          onClick={() => go(step + 1)}
          disabled={step >= last}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          {t.story.next}
        </button>
        <button type="button" onClick={toggleFullscreen} aria-keyshortcuts="F">
          {t.story.fullScreen}
        </button>
        <button type="button" onClick={exit} aria-keyshortcuts="Escape">
          {t.story.leave}
        </button>
        {/* The whole story as PowerPoint slides, for decks that cannot hold a live page. */}
        {!embed && <SlidesButton narrative={base} />}
      </div>
      <p className="story-keys muted">{t.story.keys}</p>
    </section>
  );
}
