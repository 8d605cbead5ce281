import type { ScaleTime } from 'd3-scale';
import type { Administration } from '../../data/schema';
import { termBounds } from '../../domain/administrations';
import { useI18n } from '../../i18n/useI18n';

export const BAND_H = 15;

interface Props {
  x: ScaleTime<number, number>;
  administrations: readonly Administration[];
  y: number;
  /** Optional: clicking a band filters to that administration. */
  onSelect?: (a: Administration) => void;
  isActive?: (a: Administration) => boolean;
}

/** Two bands naming the US and Mexican presidents, with their transitions. */
export function AdminBands({ x, administrations, y, onSelect, isActive }: Props) {
  const [r0, r1] = x.range() as [number, number];
  const { t, f } = useI18n();
  const rows: Administration['country'][] = ['US', 'MX'];
  return (
    <g className="admin-bands" transform={`translate(0,${y})`}>
      {rows.map((country, row) => (
        <g key={country} transform={`translate(0,${row * (BAND_H + 2)})`}>
          <text className="band-country" x={r0 - 6} y={BAND_H / 2} dy="0.35em" textAnchor="end">
            {r0 < 100
              ? country === 'US'
                ? t.timeline.usShort
                : t.timeline.mxShort
              : country === 'US'
                ? t.timeline.usPresident
                : t.timeline.mxPresident}
          </text>
          {administrations
            .filter((a) => a.country === country)
            .map((a, i) => {
              const { t0, t1 } = termBounds(a);
              const xa = Math.max(r0, x(t0));
              const xb = Math.min(r1, x(t1));
              if (xb <= xa) return null;
              const active = isActive?.(a) ?? false;
              const label = xb - xa > 70 ? a.short : xb - xa > 26 ? a.short.slice(0, 3) : '';
              return (
                // Pointer shortcut only: the filter bar's administration toggles are the keyboard path.
                // biome-ignore lint/a11y/noStaticElementInteractions: see above
                <g
                  key={a.id}
                  className={`band band-${country.toLowerCase()} ${i % 2 ? 'band-alt' : ''} ${active ? 'band-active' : ''}`}
                  data-admin={a.id}
                  onClick={onSelect ? () => onSelect(a) : undefined}
                >
                  <title>{`${a.name} (${a.party}), ${f.eventDate({ start: a.start, end: a.end, precision: 'day', approximate: false })}`}</title>
                  <rect x={xa} width={xb - xa} height={BAND_H} rx={2} />
                  {label && (
                    <text x={(xa + xb) / 2} y={BAND_H / 2} dy="0.35em" textAnchor="middle">
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
        </g>
      ))}
    </g>
  );
}
