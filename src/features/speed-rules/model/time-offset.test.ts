import { describe, expect, it } from 'vitest';
import { formatTimeOffset, parseTimeOffset } from './time-offset';

describe('parseTimeOffset', () => {
  it.each([
    ['00:00', 0],
    ['00:30', 30_000],
    ['01:05', 65_000],
    ['1:05', 65_000],
    ['90:00', 5_400_000],
    ['12345:59', 740_759_000],
    ['00:01.5', 1_500],
    ['00:01.250', 1_250],
    [' 02:00 ', 120_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseTimeOffset(text)).toEqual({ ok: true, ms });
  });

  it.each(['', '   '])('reads %j as "not set"', (text) => {
    expect(parseTimeOffset(text)).toEqual({ ok: true, ms: null });
  });

  it.each(['5', '1:5', '00:60', 'ab:cd', '-1:00', '1:00:00', '00:00.1234', '123456:00', '1.5:00'])(
    'refuses %j',
    (text) => {
      expect(parseTimeOffset(text)).toEqual({ ok: false });
    },
  );
});

describe('formatTimeOffset', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [0, '00:00'],
    [65_000, '01:05'],
    [5_400_000, '90:00'],
    [1_500, '00:01.500'],
    [2_147_483_647, '35791:23.647'],
  ])('writes %j as %j', (ms, text) => {
    expect(formatTimeOffset(ms)).toBe(text);
  });

  it('round-trips every offset it writes', () => {
    for (const ms of [0, 1, 999, 1_000, 59_999, 60_000, 3_599_999, 86_400_000, 599_999_999]) {
      expect(parseTimeOffset(formatTimeOffset(ms))).toEqual({ ok: true, ms });
    }
  });
});
