import type { Ref } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { MapColours } from '../../ui/palette';

/**
 * What the marks mean, the playhead's rule included: a bold ring for an event dated within 15
 * days of the date flag, a paler, thinner one for a longer span merely under way — the same
 * colours the timeline outlines its marks with.
 */
export function MapLegend({
  colours,
  narrow = false,
  ref,
}: {
  colours: MapColours;
  /** A narrow map gets the short wording, so the legend keeps to two lines. */
  narrow?: boolean;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useI18n();
  const words = narrow
    ? t.map.legendShort
    : {
        point: t.map.legendPoint,
        area: t.map.legendArea,
        lit: t.map.legendLit,
        ongoing: t.map.legendOngoing,
        size: t.map.legendSize,
      };
  return (
    <div ref={ref} className="map-legend" aria-hidden="true">
      <span>
        <i style={{ background: colours.site }} /> {words.point}
      </span>
      <span>
        <i className="legend-ring" style={{ borderColor: colours.area }} /> {words.area}
      </span>
      <span>
        <i className="legend-lit" style={{ borderColor: colours.lit }} /> {words.lit}
      </span>
      <span>
        <i className="legend-ongoing" style={{ borderColor: colours.lit }} /> {words.ongoing}
      </span>
      <span>{words.size}</span>
    </div>
  );
}
