/**
 * Inside an iframe: report the page height to the host and accept a few validated commands.
 * Messages of any other shape are ignored, whatever their origin.
 */
import { useEffect } from 'react';
import { isoDayToMs } from '../domain/isoDate';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { useSelectionActions } from '../state/useSelectionActions';
import { InboundMessageSchema, RESIZE, type ResizeMessage } from './messages';

export function useEmbedBridge(onStoryStep: (step: number) => void) {
  const { index } = useDatasetModel();
  const { selectEvent } = useSelectionActions();

  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: RESIZE, height };
      window.parent.postMessage(message, '*');
    };
    post();
    const ro = new ResizeObserver(post);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || window.parent === window) return;
      const parsed = InboundMessageSchema.safeParse(e.data);
      if (!parsed.success) return;
      const m = parsed.data;
      if (m.type === 'frontera:select-event') {
        if (index.byId.has(m.id)) selectEvent(m.id);
      } else if (m.type === 'frontera:goto-date') {
        const t = isoDayToMs(m.date);
        if (Number.isFinite(t)) useStore.getState().setPlayhead(t);
      } else onStoryStep(m.step - 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [index, selectEvent, onStoryStep]);
}
