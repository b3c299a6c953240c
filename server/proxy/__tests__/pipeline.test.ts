import { describe, expect, it } from 'vitest';
import { compose, type ProxyContext, type Step } from '../pipeline.ts';

// compose only passes the context on; these steps never read it.
const ctx = {} as ProxyContext;

describe('compose', () => {
  it('runs the steps in order, each through next', async () => {
    const seen: string[] = [];
    const step =
      (name: string): Step =>
      (_ctx, next) => {
        seen.push(name);
        return next();
      };
    await compose([step('a'), step('b'), step('c')])(ctx);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('turns a plain step that throws into a rejection, wherever it stands', async () => {
    const refuse: Step = () => {
      throw new Error('refused');
    };
    const pass: Step = (_ctx, next) => next();
    const first = compose([refuse, pass]);
    const later = compose([pass, refuse]);

    let outcome: Promise<void> | undefined;
    expect(() => (outcome = first(ctx))).not.toThrow();
    await expect(outcome).rejects.toThrow('refused');
    await expect(later(ctx)).rejects.toThrow('refused');
  });
});
