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
      {/* Both labels share one cell, the idle one hidden: the button keeps the wider one's width,
          so nothing to its right moves when Play turns to Pause. */}
      <button
        type="button"
        className="play-button"
        onClick={playing ? actions.pause : actions.play}
      >
        <span className={playing ? 'play-label idle' : 'play-label'}>
          <span aria-hidden="true">▶</span> {t.timeline.play}
        </span>
        <span className={playing ? 'play-label' : 'play-label idle'}>
          <span aria-hidden="true">❚❚</span> {t.timeline.pause}
        </span>
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
