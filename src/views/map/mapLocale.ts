/**
 * MapLibre's own strings (its `locale` option) from the reader's catalogue, and the basemap
 * label property for the reader's language (name_en, name_es… written by scripts/build-assets.ts).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { CoreMessages as Messages } from '../../i18n/en';

export function mapLocale(c: Messages['map']['controls']): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': c.zoomIn,
    'NavigationControl.ZoomOut': c.zoomOut,
    'AttributionControl.ToggleAttribution': c.toggleAttribution,
    'Map.Title': c.map,
    'Popup.Close': c.closePopup,
  };
}

/** Country names in `lang`, upper-cased as the basemap sets them; English where a name is missing. */
export function countryLabelField(lang: string): ExpressionSpecification {
  return ['upcase', ['coalesce', ['get', `name_${lang}`], ['get', 'name_en'], ['get', 'name']]];
}
