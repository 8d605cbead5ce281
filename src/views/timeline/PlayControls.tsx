import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useActions, useSession } from '../../session/hooks';
import { PLAYBACK_SPEED_NAMES as SPEEDS } from '../../session/state';

/** ▶ Play / ❚❚ Pause and the speed: the playhead runs through the window, the map follows. */
export function PlayControls() {
  const id = useId();
  const playing = useSession((s) => s.playing);
  const speed = useSession((s) => s.speed);
  const actions = useActions();
  const { t } = useI18n();
  return (
    <fieldset className="play-controls">
      <legend className="visually-hidden">{t.timeline.playback}</legend>
      <button
        type="button"
        className="play-button"
        onClick={playing ? actions.pause : actions.play}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t.timeline.pause : t.timeline.play}
      </button>
      <label htmlFor={`${id}-speed`} className="visually-hidden">
        {t.timeline.speed}
      </label>
      <select
        id={`${id}-speed`}
        value={speed}
        onChange={(e) => {
          const speed = SPEEDS.find((s) => s === e.target.value);
          if (speed) actions.setSpeed(speed);
        }}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {t.timeline.speeds[s]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
