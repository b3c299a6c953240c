/** Where the app is: the parts of a URL the router reads, plus a key unique to the history entry. */
export interface RouterLocation {
  pathname: string;
  /** '' or '?…' */
  search: string;
  /** '' or '#…' */
  hash: string;
  /** Differs between two visits of the same URL, so each entry is its own location. */
  key: string;
}

export type HistoryAction = 'PUSH' | 'REPLACE' | 'POP';

export interface PopUpdate {
  location: RouterLocation;
  /**
   * Entries moved (-1 is Back), or null for the POP to an entry a fragment link just made (only
   * the hash changed; the entry gets its position then).
   */
  delta: number | null;
}

/** The browser's session history, or an in-memory one for tests. */
export interface RouterHistory {
  readonly location: RouterLocation;
  push(to: string): void;
  replace(to: string): void;
  go(delta: number): void;
  /**
   * Back/Forward, and entries a fragment link added (delta null): push and replace come from the
   * router itself, which knows about them.
   */
  listen(listener: (update: PopUpdate) => void): () => void;
}

const createKey = () => Math.random().toString(36).slice(2, 10);

/** '/a?b=1#c' → its parts (paths are absolute: the app never links relatively). */
export function parsePath(path: string, key = createKey()): RouterLocation {
  const hashAt = path.indexOf('#');
  const hash = hashAt < 0 ? '' : path.slice(hashAt);
  const rest = hashAt < 0 ? path : path.slice(0, hashAt);
  const searchAt = rest.indexOf('?');
  const search = searchAt < 0 ? '' : rest.slice(searchAt);
  const pathname = (searchAt < 0 ? rest : rest.slice(0, searchAt)) || '/';
  return { pathname, search: search === '?' ? '' : search, hash: hash === '#' ? '' : hash, key };
}

export const createPath = ({ pathname, search, hash }: Omit<RouterLocation, 'key'>) =>
  pathname + search + hash;

/** What this history keeps in `history.state`: the entry's position, to undo a blocked Back. */
interface EntryState {
  idx: number;
  key: string;
}

const isEntryState = (value: unknown): value is EntryState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<EntryState>).idx === 'number' &&
  typeof (value as Partial<EntryState>).key === 'string';

export function createBrowserHistory(): RouterHistory {
  const session = window.history;
  const entry = () => (isEntryState(session.state) ? session.state : null);
  // The first entry gets a position too, so Back to it can be measured.
  let index = entry()?.idx ?? 0;
  const stamp = () =>
    session.replaceState({ idx: index, key: createKey() } satisfies EntryState, '');
  if (!entry()) stamp();

  // An entry without a position was made by a fragment link (the skip link), which pushes one
  // after the current entry: it gets the next position, so a later Back to it is measured (and
  // asked about) like any other.
  const adopt = () => {
    index += 1;
    stamp();
  };

  const write = (method: 'pushState' | 'replaceState', to: string) => {
    // Browsers that fire no popstate for a fragment link leave its entry unseen until now.
    if (!entry()) adopt();
    const idx = method === 'pushState' ? index + 1 : index;
    try {
      session[method]({ idx, key: createKey() } satisfies EntryState, '', to);
      index = idx;
    } catch {
      // Safari limits pushState calls per second: fall back to a full page load (a replace stays
      // a replace).
      if (method === 'replaceState') window.location.replace(to);
      else window.location.assign(to);
    }
  };

  const location = (): RouterLocation => {
    const { pathname, search, hash } = window.location;
    return { pathname, search, hash, key: entry()?.key ?? 'default' };
  };

  return {
    get location() {
      return location();
    },
    push: (to) => write('pushState', to),
    replace: (to) => write('replaceState', to),
    go: (delta) => session.go(delta),
    listen(listener) {
      const onPop = () => {
        const idx = entry()?.idx;
        if (idx === undefined) {
          // Just made by a fragment link: only the hash moved. Its position is inferred, not
          // known, so this move is not measured (nor undone).
          adopt();
          listener({ location: location(), delta: null });
          return;
        }
        const delta = idx - index;
        index = idx;
        listener({ location: location(), delta });
      };
      window.addEventListener('popstate', onPop);
      return () => window.removeEventListener('popstate', onPop);
    },
  };
}

/** Session history in memory: tests start anywhere and go Back without a browser. */
export function createMemoryHistory(initialEntries: string[] = ['/']): RouterHistory {
  const entries = (initialEntries.length ? initialEntries : ['/']).map((path) => parsePath(path));
  let index = entries.length - 1;
  const listeners = new Set<(update: PopUpdate) => void>();
  const current = (): RouterLocation => entries[index] ?? parsePath('/');

  return {
    get location() {
      return current();
    },
    push(to) {
      entries.splice(index + 1, entries.length, parsePath(to));
      index += 1;
    },
    replace(to) {
      entries[index] = parsePath(to);
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (next === index) return;
      const moved = next - index;
      index = next;
      for (const listener of [...listeners]) listener({ location: current(), delta: moved });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
