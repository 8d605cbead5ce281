/** Map colours per theme, kept as data so the style builder stays a pure function. */
export interface MapTheme {
  water: string;
  land: string;
  landFocus: string;
  border: string;
  usMexicoBorder: string;
  stateLine: string;
  label: string;
  labelHalo: string;
  site: string;
  siteEmpty: string;
  area: string;
  lit: string;
  selected: string;
}

export const LIGHT: MapTheme = {
  water: '#dbe6ec',
  land: '#f1eee6',
  landFocus: '#fbf9f4',
  border: '#9a968c',
  usMexicoBorder: '#b3261e',
  stateLine: '#c9c4b8',
  label: '#2a2c31',
  labelHalo: '#ffffff',
  site: '#1b3a5c',
  siteEmpty: '#8d949e',
  area: '#6c3483',
  lit: '#e67e22',
  selected: '#111111',
};

export const DARK: MapTheme = {
  water: '#17212b',
  land: '#2a2d33',
  landFocus: '#33373e',
  border: '#6c7078',
  usMexicoBorder: '#ff8a80',
  stateLine: '#41454d',
  label: '#eceae4',
  labelHalo: '#15171b',
  site: '#8fb4e3',
  siteEmpty: '#6c7078',
  area: '#c39bd3',
  lit: '#ffb347',
  selected: '#ffffff',
};
