import type { EdgeIndicator } from '../../domain/edgeIndicators';
import { useI18n } from '../../i18n/useI18n';
import { CHIP, chipName } from './chipText';

interface Props {
  indicators: readonly EdgeIndicator[];
  /** One site: select it. Several: bring them into view. */
  onSelect: (id: string) => void;
  onShow: (ids: readonly string[]) => void;
  coarse: boolean;
}

/** Compass point of an angle in screen axes (0 = east, clockwise), as an index into 8. */
const compass = (angle: number) => (Math.round(angle / (Math.PI / 4)) + 8) % 8;

/**
 * Sites beyond the map's view, as chips on its edge pointing to them: "↘ Mexico City +4". Each
 * is a button, one click from the sites it stands for, and named for voice control by what it
 * shows.
 */
export function EdgeChips({ indicators, onSelect, onShow, coarse }: Props) {
  const { t, f } = useI18n();
  return (
    <>
      {indicators.map((i) => {
        const direction = t.map.directions[compass(i.angle)] ?? '';
        const n = i.more > 0 ? f.number(i.more) : '';
        const more = n ? t.map.moreShort(n) : '';
        const name = t.map.offscreen(i.name, n, direction);
        return (
          <button
            key={i.ids.join(',')}
            type="button"
            className="edge-chip"
            style={{
              left: i.box.x0,
              top: i.box.y0,
              width: i.box.x1 - i.box.x0,
              height: coarse ? CHIP.coarseHeight : CHIP.height,
            }}
            aria-label={name}
            title={name}
            onClick={() => (i.ids.length === 1 ? onSelect(i.ids[0] as string) : onShow(i.ids))}
          >
            <svg
              width={CHIP.arrow}
              height={CHIP.arrow}
              viewBox="-6 -6 12 12"
              aria-hidden="true"
              style={{ transform: `rotate(${i.angle}rad)` }}
            >
              <path
                d="M-5,0 H4 M1,-3.5 L4.5,0 L1,3.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              />
            </svg>
            <span>{chipName(i.name)}</span>
            {more && <span className="edge-chip-more">{more}</span>}
          </button>
        );
      })}
    </>
  );
}
