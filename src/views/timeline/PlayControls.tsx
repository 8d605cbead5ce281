import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../../session/playbackSlice';
import { useStore } from '../../session/store';
import { useCommands } from '../../session/useCommands';

/** ▶ Play / ❚❚ Pause and the speed: the playhead runs through the window, the map follows. */
export function PlayControls() {
  const id = useId();
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const setSpeed = useStore((s) => s.setSpeed);
  const commands = useCommands();
  const { t } = useI18n();
  return (
    <fieldset className="play-controls">
      <legend className="visually-hidden">{t.timeline.playback}</legend>
      <button
        type="button"
        className="play-button"
        onClick={playing ? commands.pause : commands.play}
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
        onChange={(e) => setSpeed(e.target.value as PlaybackSpeed)}
      >
        {(Object.keys(PLAYBACK_SPEEDS) as PlaybackSpeed[]).map((s) => (
          <option key={s} value={s}>
            {t.timeline.speeds[s]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
