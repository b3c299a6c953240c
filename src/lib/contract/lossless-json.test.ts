import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLosslessJson } from './lossless-json.ts';

describe('parseLosslessJson', () => {
  it('keeps a 20-digit id exactly, as a string', () => {
    expect(parseLosslessJson('{"objId":95463736859930726612}')).toEqual({
      objId: '95463736859930726612',
    });
    // Plain JSON.parse would have rounded it:
    expect(String((JSON.parse('{"a":95463736859930726612}') as { a: number }).a)).not.toBe(
      '95463736859930726612',
    );
  });

  it('leaves strings, safe integers, fractions and exponents alone', () => {
    expect(
      parseLosslessJson(
        '{"s":"95463736859930726612 \\" 12345678901234567","n":9007199254740991,"f":1.25,"e":1e21,"neg":-12345678901234567}',
      ),
    ).toEqual({
      s: '95463736859930726612 " 12345678901234567',
      n: 9_007_199_254_740_991,
      f: 1.25,
      e: 1e21,
      neg: '-12345678901234567',
    });
  });

  it('round-trips ids of 1 to 20 digits exactly', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,19}$/), (id) => {
        const parsed = parseLosslessJson(`{"id":${id}}`) as { id: string | number };
        expect(String(parsed.id)).toBe(id);
      }),
    );
  });

  it('still rejects malformed JSON', () => {
    expect(() => parseLosslessJson('{"a":')).toThrow(SyntaxError);
  });
});
