export const FONT = 'Noto Sans';
