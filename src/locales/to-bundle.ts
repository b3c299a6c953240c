/** One language's strings: namespace -> keys. */
export type LocaleBundle = Record<string, Record<string, unknown>>;

/** speed-rules.json -> "speedRules". */
export const namespaceOf = (fileName: string) =>
  fileName.replace(/\.json$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The files of one language folder (from import.meta.glob) as namespaces. */
export function toBundle(files: Record<string, Record<string, unknown>>): LocaleBundle {
  const bundle: LocaleBundle = {};
  for (const [path, content] of Object.entries(files)) {
    const fileName = path.split('/').pop();
    if (fileName) bundle[namespaceOf(fileName)] = content;
  }
  return bundle;
}
