/** An edge chip's visible name: short enough for a chip; its accessible name keeps it whole. */
const MAX_CHARS = 26;

export function chipName(name: string): string {
  if (name.length <= MAX_CHARS) return name;
  const cut = name.slice(0, MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 10 ? cut.slice(0, space) : cut).replace(/[\s,–-]+$/, '')}…`;
}

/** The chip's font size and box, shared by the engine (which places chips) and the CSS. */
export const CHIP = { font: 12, padX: 9, arrow: 12, gap: 5, height: 28, coarseHeight: 44 } as const;

export function chipSize(
  measure: (text: string, size: number) => number,
  coarse: boolean,
): (name: string, more: number) => { width: number; height: number } {
  return (name, more) => ({
    width: Math.ceil(
      2 * CHIP.padX +
        CHIP.arrow +
        CHIP.gap +
        measure(chipName(name), CHIP.font) +
        (more > 0 ? CHIP.gap + measure(`+${more}`, CHIP.font) : 0) +
        2,
    ),
    height: coarse ? CHIP.coarseHeight : CHIP.height,
  });
}
