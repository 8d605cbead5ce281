import { useId } from 'react';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../state/playbackSlice';
import { useStore } from '../state/store';
import { useCommands } from '../state/useCommands';

const SPEED_LABEL: Record<PlaybackSpeed, string> = {
  slow: 'Slow (1 month a second)',
  normal: 'Normal (3 months a second)',
  fast: 'Fast (1 year a second)',
};

/** ▶ Play / ❚❚ Pause and the speed: the playhead runs through the window, the map follows. */
export function PlayControls() {
  const id = useId();
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const setSpeed = useStore((s) => s.setSpeed);
  const commands = useCommands();
  return (
    <fieldset className="play-controls">
      <legend className="visually-hidden">Playback</legend>
      <button
        type="button"
        className="play-button"
        onClick={playing ? commands.pause : commands.play}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={`${id}-speed`} className="visually-hidden">
        Speed
      </label>
      <select
        id={`${id}-speed`}
        value={speed}
        onChange={(e) => setSpeed(e.target.value as PlaybackSpeed)}
      >
        {(Object.keys(PLAYBACK_SPEEDS) as PlaybackSpeed[]).map((s) => (
          <option key={s} value={s}>
            {SPEED_LABEL[s]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
