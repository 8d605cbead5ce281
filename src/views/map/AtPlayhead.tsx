import type { Ref } from 'react';
import { nearestEvents } from '../../domain/nearestEvents';
import { useI18n } from '../../i18n/useI18n';
import { usePlayheadEvents } from '../../session/derived';
import { useActions, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';

const SHOWN = 1;

/**
 * On the map, what the playhead is on: its date, the events dated near it (those lighting the
 * map) with the nearest named, and how many longer spans are merely under way — the same rule
 * as the map's rings, the timeline's outlines and the date flag.
 */
export function AtPlayhead({ ref }: { ref?: Ref<HTMLElement> }) {
  const playhead = useSession((s) => s.playhead);
  const { at: events, ongoing } = usePlayheadEvents();
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
          {ongoing.length > 0 && <> · {f.plural(ongoing.length, t.map.ongoing)}</>}
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
