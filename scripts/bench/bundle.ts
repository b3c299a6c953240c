import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the build's manifest says about one chunk (the fields we use). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface AssetSize {
  raw: number;
  gzip: number;
}

export interface RouteBundle {
  route: string;
  js: AssetSize;
  css: AssetSize;
  files: string[];
}

/** Route paths and the module the router lazy-loads for each. */
export const ROUTE_MODULES: Record<string, string> = {
  '/plans': 'src/app/routes/plans/list.tsx',
  '/plans/new': 'src/app/routes/plans/new.tsx',
  '/speed-rules': 'src/app/routes/speed-rules/list.tsx',
  '/speed-rules/:id': 'src/app/routes/speed-rules/edit.tsx',
};

/**
 * Lazy chunks main.tsx awaits before the first render: the strings of one language (English
 * here, the default; Chinese is the same size within a kilobyte). Counted in every route.
 */
export const FIRST_RENDER_MODULES = ['src/locales/en.ts'];

function sizeOf(dist: string, files: Iterable<string>): AssetSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** A chunk and everything it imports statically: what the browser fetches before it runs. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

export function measureBundles(dist: string): {
  routes: RouteBundle[];
  total: { js: AssetSize; css: AssetSize };
} {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk.');

  // What every route loads before its own module: the entry and the awaited strings.
  const firstRender = FIRST_RENDER_MODULES.filter((key) => manifest[key]).reduce(
    (seen, key) => closure(manifest, key, seen),
    closure(manifest, entry),
  );
  const routes = Object.entries(ROUTE_MODULES).map(([route, module]) => {
    if (!manifest[module]) throw new Error(`The build manifest has no chunk for ${module}.`);
    const keys = closure(manifest, module, new Set(firstRender));
    const js = new Set<string>();
    const css = new Set<string>();
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk) continue;
      js.add(chunk.file);
      for (const file of chunk.css ?? []) css.add(file);
    }
    return { route, js: sizeOf(dist, js), css: sizeOf(dist, css), files: [...js, ...css] };
  });

  const assets = readdirSync(join(dist, 'assets')).map((f) => join('assets', f));
  const total = {
    js: sizeOf(
      dist,
      assets.filter((f) => f.endsWith('.js') && statSync(join(dist, f)).isFile()),
    ),
    css: sizeOf(
      dist,
      assets.filter((f) => f.endsWith('.css')),
    ),
  };
  return { routes, total };
}
