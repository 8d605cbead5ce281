import type { Ref } from 'react';
import { nearestEvents } from '../../domain/nearestEvents';
import { useI18n } from '../../i18n/useI18n';
import { usePlayheadEvents } from '../../session/derived';
import { useActions, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';

const SHOWN = 1;

/**
 * On the map, what the playhead is on: its date and the nearest events, so the map says what
 * changed as the reader scrubs or plays. The rest are in the event list and the timeline.
 */
export function AtPlayhead({ ref }: { ref?: Ref<HTMLElement> }) {
  const playhead = useSession((s) => s.playhead);
  const events = usePlayheadEvents();
  const { selectEvent } = useActions();
  const { t, f } = useI18n();
  const texts = useTexts();
  const nearest = nearestEvents(events, playhead, SHOWN);
  return (
    <section ref={ref} className="at-playhead" aria-label={t.map.atPlayhead}>
      <p className="at-playhead-date">
        <strong>{f.day(playhead)}</strong>{' '}
        <span>
          · {events.length === 0 ? t.map.noneWithin : f.plural(events.length, t.map.within)}
        </span>
      </p>
      {nearest.length > 0 && (
        <ul>
          {nearest.map((e) => (
            <li key={e.id}>
              <button type="button" onClick={() => selectEvent(e.id)}>
                <span className="at-playhead-when">{f.eventDate(e.date)}</span>{' '}
                {texts.event(e).title}
              </button>
            </li>
          ))}
          {events.length > SHOWN && (
            <li className="muted">{t.map.more(f.number(events.length - SHOWN))}</li>
          )}
        </ul>
      )}
    </section>
  );
}
