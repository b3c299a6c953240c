let counter = 0;

/**
 * A name no other test uses, in this run or an earlier one against the same simulator (it keeps
 * its state while the preview server runs, and tests run in parallel workers):
 * `<what> <time>-<worker pid>-<count>`. The part after the first space has no space in it.
 */
export const uniqueName = (what: string) =>
  `${what} ${Date.now().toString(36)}-${process.pid}-${++counter}`;
