/**
 * JSON parsing that never rounds an integer. Plan and rule ids reach 20 digits, beyond
 * Number.MAX_SAFE_INTEGER, and some upstream answers write them as bare JSON numbers. Integer
 * literals too long to be exact are turned into strings before JSON.parse sees them.
 */

const UNSAFE_DIGITS = 16; // 15 digits always fit a double exactly; 16 may not.

export function parseLosslessJson(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}

export function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      i = skipString(text, i);
      continue;
    }
    if (ch === 0x2d /* - */ || (ch >= 0x30 && ch <= 0x39)) {
      const start = i;
      if (ch === 0x2d) i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const intEnd = i;
      const next = text.charCodeAt(i);
      const isPlainInteger = !(next === 0x2e || next === 0x65 || next === 0x45); // . e E
      while (i < n && isNumberChar(text.charCodeAt(i))) i++;
      const digits = intEnd - start - (ch === 0x2d ? 1 : 0);
      if (
        isPlainInteger &&
        digits >= UNSAFE_DIGITS &&
        !Number.isSafeInteger(Number(text.slice(start, intEnd)))
      ) {
        out += text.slice(last, start) + '"' + text.slice(start, intEnd) + '"';
        last = intEnd;
      }
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}

function skipString(text: string, openQuote: number): number {
  let i = openQuote + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return i;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isNumberChar = (c: number) =>
  isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
