import type { ComponentType } from 'react';
import { parsePath, type HistoryAction, type RouterHistory, type RouterLocation } from './history';
import { matchRoutes, type RouteMatch, type RouteObject } from './match';

/** What the app shows. It changes only once the page's code is there. */
export interface RouterState {
  location: RouterLocation;
  matches: RouteMatch[];
  /** How `location` was reached (the scroll reset only follows PUSH). */
  action: HistoryAction;
  /** False until the first page's code has loaded: the routes' `fallback` shows meanwhile. */
  ready: boolean;
  /** A navigation is waiting for its page's code; the previous page stays meanwhile. */
  navigating: boolean;
  /** A page whose code did not load, and where it sits in `matches`. */
  loadError: { index: number; error: unknown } | null;
}

export interface BlockerArgs {
  currentLocation: RouterLocation;
  nextLocation: RouterLocation;
  historyAction: HistoryAction;
}

export interface BlockerRegistration {
  shouldBlock: (args: BlockerArgs) => boolean;
  /** The navigation was held; `proceed` makes it after all (without asking again). */
  onBlocked: (proceed: () => void) => void;
}

export interface Router {
  readonly state: RouterState;
  subscribe(listener: () => void): () => void;
  navigate(to: string, options?: { replace?: boolean }): void;
  block(blocker: BlockerRegistration): () => void;
  /** Stops listening to Back/Forward (tests). */
  dispose(): void;
}

type LoadResult = { error: unknown } | undefined;

export function createRouter(routes: RouteObject[], history: RouterHistory): Router {
  const listeners = new Set<() => void>();
  const blockers = new Set<BlockerRegistration>();
  const components = new Map<RouteObject, ComponentType>();
  const loading = new Map<RouteObject, Promise<LoadResult>>();
  // Where the last navigation went (the URL), which `state` reaches once the code is there.
  let target = history.location;
  let latest = 0;
  // The next POP is our own undo of a blocked Back/Forward, or one the user then allowed.
  let nextPop: 'ignore' | 'allow' | null = null;

  let state: RouterState = {
    location: target,
    matches: matchRoutes(routes, target.pathname),
    action: 'POP',
    ready: false,
    navigating: false,
    loadError: null,
  };

  const update = (next: Partial<RouterState>) => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener();
  };

  // One import per route; a failed one is tried again on the next visit (the network may be back).
  const load = (route: RouteObject, lazy: NonNullable<RouteObject['lazy']>) => {
    let promise = loading.get(route);
    if (!promise) {
      promise = Promise.resolve()
        .then(lazy)
        .then(
          (module): LoadResult => {
            components.set(route, module.Component);
            return undefined;
          },
          (error: unknown): LoadResult => {
            loading.delete(route);
            return { error };
          },
        );
      loading.set(route, promise);
    }
    return promise;
  };

  const go = (location: RouterLocation, action: HistoryAction) => {
    target = location;
    const id = ++latest;
    const matched = matchRoutes(routes, location.pathname);
    const commit = (results: LoadResult[]) => {
      // A newer navigation started meanwhile: it decides what shows.
      if (id !== latest) return;
      const index = results.findIndex(Boolean);
      const failed = results[index];
      update({
        location,
        action,
        matches: matched.map((match) => ({ ...match, Component: components.get(match.route) })),
        ready: true,
        navigating: false,
        loadError: failed ? { index, error: failed.error } : null,
      });
    };
    const pending = matched.map(({ route }) =>
      route.lazy && !components.has(route) ? load(route, route.lazy) : undefined,
    );
    if (pending.every((result) => result === undefined)) return commit([]);
    if (state.ready && !state.navigating) update({ navigating: true });
    void Promise.all(pending).then(commit);
  };

  const blocked = (
    nextLocation: RouterLocation,
    historyAction: HistoryAction,
    proceed: () => void,
  ) => {
    const args = { currentLocation: target, nextLocation, historyAction };
    for (const blocker of blockers) {
      if (blocker.shouldBlock(args)) {
        blocker.onBlocked(proceed);
        return true;
      }
    }
    return false;
  };

  const stopListening = history.listen(({ location, delta }) => {
    const pop = nextPop;
    nextPop = null;
    if (pop === 'ignore') return;
    // Back/Forward has already changed the URL: put it back (the position is known), then ask.
    // No delta is the move onto an entry a fragment link just made: only the hash changed.
    const restore =
      pop !== 'allow' &&
      delta &&
      blocked(location, 'POP', () => {
        nextPop = 'allow';
        history.go(delta);
      });
    if (restore) {
      nextPop = 'ignore';
      history.go(-delta);
    } else go(location, 'POP');
  });

  go(target, 'POP');

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(to, { replace = false } = {}) {
      const action = replace ? 'REPLACE' : 'PUSH';
      const proceed = () => {
        if (replace) history.replace(to);
        else history.push(to);
        go(history.location, action);
      };
      if (!blocked(parsePath(to), action, proceed)) proceed();
    },
    block(blocker) {
      blockers.add(blocker);
      return () => blockers.delete(blocker);
    },
    dispose() {
      stopListening();
      latest = -1;
    },
  };
}
