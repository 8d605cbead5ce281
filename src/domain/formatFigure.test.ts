import { describe, expect, it } from 'vitest';
import { formatQuantity } from './formatFigure';

describe('formatQuantity', () => {
  it('keeps a range’s bounds', () => {
    expect(formatQuantity({ min: 6000, max: 7000, qualifier: 'exact', unit: 'people' })).toBe(
      '6,000–7,000 people',
    );
  });
  it('writes the qualifier before the number', () => {
    expect(formatQuantity({ min: 10000, qualifier: 'more than', unit: 'people' })).toBe(
      'more than 10,000 people',
    );
    expect(formatQuantity({ min: 200, max: 300, qualifier: 'up to', unit: 'people' })).toBe(
      'up to 200–300 people',
    );
  });
  it('formats money compactly when large and percentages with a sign', () => {
    expect(formatQuantity({ min: 6e9, qualifier: 'exact', unit: 'USD' })).toBe(
      '6 billion US dollars',
    );
    expect(formatQuantity({ min: 108464, qualifier: 'exact', unit: 'USD' })).toBe('$108,464');
    expect(formatQuantity({ min: 15, qualifier: 'exact', unit: 'percent' })).toBe('15%');
  });
  it('uses the locale’s separators', () => {
    expect(
      formatQuantity({ min: 6000, max: 7000, qualifier: 'exact', unit: 'personas' }, 'es'),
    ).toMatch(/^6\.000\s?[–-]\s?7\.000 personas$/);
  });
});
