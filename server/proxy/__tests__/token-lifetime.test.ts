import { describe, expect, it } from 'vitest';
import { usableUntil } from '../token-manager.ts';

describe('token lifetime (decision 012)', () => {
  const sentAtMs = 1_900_000_000_000;
  const sentAt = sentAtMs / 1000;

  it('renews 60 s before CreateTime + Expires for a default 600 s token', () => {
    expect(usableUntil(sentAt, 600, sentAtMs)).toBe((sentAt + 540) * 1000);
  });

  it('uses a margin of 10% for short tokens', () => {
    expect(usableUntil(sentAt, 30, sentAtMs)).toBe((sentAt + 27) * 1000);
  });

  it('trusts a CreateTime a little in the past (the service may hand out a token it issued earlier)', () => {
    expect(usableUntil(sentAt - 120, 600, sentAtMs)).toBe((sentAt - 120 + 540) * 1000);
  });

  it('never trusts a CreateTime in the future beyond our send time', () => {
    expect(usableUntil(sentAt + 200, 600, sentAtMs)).toBe((sentAt + 540) * 1000);
  });

  it('falls back to our own send time when the clocks are more than 5 minutes apart', () => {
    expect(usableUntil(sentAt + 3600, 600, sentAtMs)).toBe((sentAt + 540) * 1000);
    expect(usableUntil(sentAt - 3600, 600, sentAtMs)).toBe((sentAt + 540) * 1000);
  });
});
