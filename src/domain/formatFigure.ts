/**
 * A figure written with its bounds and qualifier: "6,000–7,000 people", "more than 10,000
 * people", "$6 billion", "15%". Numbers go through Intl so each locale gets its own separators.
 */
import type { Figure, Qualifier } from '../data/schema';

const QUALIFIER_EN: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  'at least': 'at least',
  'more than': 'more than',
  nearly: 'nearly',
  'up to': 'up to',
};

function numberFormat(unit: string, locale: string, big: boolean): Intl.NumberFormat {
  if (unit === 'USD')
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 0,
      maximumFractionDigits: big ? 1 : 0,
      // "6 billion US dollars": a long compact form reads better than "$6B" in every locale.
      ...(big ? { notation: 'compact', compactDisplay: 'long', currencyDisplay: 'name' } : {}),
    });
  if (unit === 'percent')
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'percent',
      maximumFractionDigits: 1,
    });
  // 'always': Spanish style guides group 6.000 although CLDR leaves four digits ungrouped.
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' });
}

/** The quantity alone: qualifier, number or range, unit ("more than 10,000 people"). */
export function formatQuantity(
  f: Pick<Figure, 'min' | 'max' | 'qualifier' | 'unit'>,
  locale = 'en',
  qualifiers: Record<Qualifier, string> = QUALIFIER_EN,
): string {
  const top = f.max ?? f.min;
  const nf = numberFormat(f.unit, locale, Math.abs(top) >= 1_000_000);
  const n = f.max !== undefined ? nf.formatRange(f.min, f.max) : nf.format(f.min);
  const noun = f.unit === 'USD' || f.unit === 'percent' ? '' : ` ${f.unit}`;
  return [qualifiers[f.qualifier], `${n}${noun}`].filter(Boolean).join(' ');
}
