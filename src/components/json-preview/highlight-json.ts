export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space';

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

const TOKEN =
  /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)|(.)/gy;

/**
 * Splits JSON text into tokens for colouring. The tokens join back into the exact input, so the
 * highlighted preview still shows the bytes that are sent.
 */
export function tokenizeJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const [, str, colon, num, literal, punct, space, other] = match;
    if (str !== undefined) {
      tokens.push({ kind: colon === undefined ? 'string' : 'key', text: str });
      if (colon !== undefined) tokens.push({ kind: 'punctuation', text: colon });
    } else if (num !== undefined) tokens.push({ kind: 'number', text: num });
    else if (literal !== undefined) tokens.push({ kind: 'literal', text: literal });
    else if (punct !== undefined) tokens.push({ kind: 'punctuation', text: punct });
    else if (space !== undefined) tokens.push({ kind: 'space', text: space });
    else tokens.push({ kind: 'punctuation', text: other ?? '' });
  }
  return tokens;
}
