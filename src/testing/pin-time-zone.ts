import { afterAll } from 'vitest';

/**
 * Runs this test file in `zone` (Node re-reads TZ when it changes) and restores the previous zone
 * after it. Call it at the top level: describe bodies build their values before any beforeAll.
 */
export function pinTimeZone(zone: string): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}
