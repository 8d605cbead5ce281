interface Props {
  onZoom: (factor: number) => void;
  onReset: () => void;
  onShowAll: () => void;
}

/** On-screen zoom for people without a wheel or trackpad; + and − do the same from the keyboard. */
export function ZoomControls({ onZoom, onReset, onShowAll }: Props) {
  return (
    <fieldset className="zoom-controls">
      <legend className="visually-hidden">Timeline zoom</legend>
      <button type="button" onClick={() => onZoom(2)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={() => onZoom(0.5)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={onReset} title="Show 2016 to 2023">
        2016–2023
      </button>
      <button
        type="button"
        onClick={onShowAll}
        title="Show every event, including background before 2016"
      >
        All years
      </button>
    </fieldset>
  );
}
