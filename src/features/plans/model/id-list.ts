/**
 * Ids pasted from a spreadsheet or a chat: separated by commas, semicolons, tabs or new lines
 * (Chinese commas too). Blank entries are dropped, each id is trimmed, and repeats are kept once.
 */
export function parseIdList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;，；、\t\r\n]+/)) {
    const id = part.trim();
    if (id !== '') seen.add(id);
  }
  return [...seen];
}

/** Whether pasted text is a list rather than a single id. */
export const looksLikeIdList = (text: string): boolean => /[,;，；、\t\r\n]/.test(text.trim());
