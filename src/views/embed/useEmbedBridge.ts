/**
 * Inside an iframe: tell the host the height that suits the iframe's width (article fit only;
 * a slide fills the frame it is given), hand the host the moving keys this page does not use,
 * and accept a few validated commands, carried out by the same commands a reader's clicks use.
 * Anything else is ignored.
 */
import { useEffect } from 'react';
import { useActions, useDatasetModel, useSession, useSessionRef } from '../../session/hooks';
import { KEY, type KeyMessage, preferredEmbedHeight, RESIZE, type ResizeMessage } from './messages';
import { focusReachedByKeyboard, focusUse, routeKey, trackFocusOrigin } from './presenterKeys';

/** The message checker, loaded once, when the first message from a host arrives. */
let checker: Promise<typeof import('./inboundMessage')> | null = null;
const loadChecker = () => {
  checker ??= import('./inboundMessage');
  return checker;
};

export function useEmbedBridge() {
  const model = useDatasetModel();
  const actions = useActions();
  const fit = useSession((s) => s.fit);
  const story = useSessionRef((s) => s.story);

  useEffect(() => {
    if (window.parent === window || fit === 'slide') return;
    let last = -1;
    const post = () => {
      const height = preferredEmbedHeight(window.innerWidth);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: RESIZE, height };
      window.parent.postMessage(message, '*');
    };
    post();
    window.addEventListener('resize', post);
    return () => window.removeEventListener('resize', post);
  }, [fit]);

  // Capture phase: a key handed to the host does nothing here (no playhead step, no map pan).
  useEffect(() => {
    if (window.parent === window) return;
    trackFocusOrigin();
    const onKey = (e: KeyboardEvent) => {
      const current = story.current;
      const narrative = current ? model.narrativesById.get(current.id) : undefined;
      const route = routeKey({
        key: e.key,
        modified: e.altKey || e.ctrlKey || e.metaKey,
        focus: focusUse(document.activeElement, focusReachedByKeyboard()),
        embedded: true,
        story: narrative && current ? { step: current.step, count: narrative.steps.length } : null,
      });
      if (route.kind !== 'host') return;
      e.preventDefault();
      e.stopPropagation();
      const message: KeyMessage = { type: KEY, key: e.key };
      window.parent.postMessage(message, '*');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [model, story]);

  useEffect(() => {
    let live = true;
    const onMessage = async (e: MessageEvent) => {
      if (e.source !== window.parent || window.parent === window) return;
      // Messages are handled in the order they came: each waits for the same loaded module.
      const { InboundMessageSchema } = await loadChecker();
      const parsed = InboundMessageSchema.safeParse(e.data);
      if (!parsed.success || !live) return;
      const m = parsed.data;
      if (m.type === 'frontera:select-event') {
        if (model.index.byId.has(m.id)) actions.selectEvent(m.id);
        else console.warn(`[frontera] embed: no event "${m.id}" in this dataset`);
      } else if (m.type === 'frontera:goto-date') actions.goToDate(m.date);
      else {
        const id = story.current?.id ?? model.dataset.narratives[0]?.id;
        if (id) actions.storyStep(id, m.step - 1);
      }
    };
    const listener = (e: MessageEvent) => void onMessage(e);
    window.addEventListener('message', listener);
    return () => {
      live = false;
      window.removeEventListener('message', listener);
    };
  }, [model, actions, story]);
}
