import { describe, expect, it } from 'vitest';
import { renderWithProviders, screen } from '@/testing/test-utils';
import { scaleEndFor, SpeedBand } from './speed-band';

describe('SpeedBand', () => {
  it('draws the allowed band and says it in words', () => {
    renderWithProviders(<SpeedBand min={90} max={100} />);
    expect(
      screen.getByRole('img', { name: 'Allowed speed: 90 to 100 words per minute' }),
    ).toBeInTheDocument();
    expect(screen.getByText('90')).toBeInTheDocument();
  });

  it('reads numbers typed as text', () => {
    renderWithProviders(<SpeedBand min="120" max="180" />);
    expect(screen.getByRole('img', { name: /120 to 180/ })).toBeInTheDocument();
  });

  it.each([
    ['', 100],
    [150, 120],
    [0, 100],
  ])('asks for a valid band when min=%j and max=%j', (min, max) => {
    renderWithProviders(<SpeedBand min={min} max={max} />);
    expect(
      screen.getByRole('img', { name: 'Enter a valid min and max to see the band' }),
    ).toBeInTheDocument();
  });

  it('marks a maximum beyond the scale as open-ended', () => {
    renderWithProviders(<SpeedBand min={100} max={2_147_483_647} />);
    expect(screen.getByText('2147483647 →')).toBeInTheDocument();
  });

  it('scales to a round number past the band, within 250..600 wpm', () => {
    expect(scaleEndFor(90, 100)).toBe(250);
    expect(scaleEndFor(100, 300)).toBe(350);
    expect(scaleEndFor(100, 2_147_483_647)).toBe(600);
  });
});
