/**
 * Counts React commits and the components that rendered in each, in any build (production
 * included): React reports every commit to the DevTools global hook, so the bench installs a
 * minimal one before the app loads. A fiber "performed work" when React rendered it in that commit.
 * This runs inside the page (passed to addInitScript), so it must be self-contained.
 */
export function installCommitRecorder(): void {
  const PERFORMED_WORK = 1;
  type Fiber = {
    tag: number;
    type: unknown;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  };
  const w = window as unknown as {
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
    __benchCommits: { count: number; rendered: Record<string, number> };
  };
  w.__benchCommits = { count: 0, rendered: {} };
  const nameOf = (type: unknown): string | undefined => {
    if (typeof type === 'function') {
      const fn = type as { displayName?: string; name?: string };
      return fn.displayName ?? fn.name;
    }
    if (typeof type === 'object' && type !== null) {
      const wrapped = type as { displayName?: string; render?: { name?: string }; type?: unknown };
      return wrapped.displayName ?? wrapped.render?.name ?? nameOf(wrapped.type);
    }
    return undefined;
  };
  // A subtree React bailed out of keeps the old child pointer (it was not cloned): skip it, or
  // its stale flags from an earlier render would count. This is how React DevTools decides too.
  const visit = (fiber: Fiber | null) => {
    for (let f = fiber; f; f = f.sibling) {
      const name = nameOf(f.type);
      if (name && (f.flags & PERFORMED_WORK) !== 0) {
        w.__benchCommits.rendered[name] = (w.__benchCommits.rendered[name] ?? 0) + 1;
      }
      if (f.alternate === null || f.child !== f.alternate.child) visit(f.child);
    }
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      w.__benchCommits.count++;
      visit(root.current.child);
    },
  };
}
