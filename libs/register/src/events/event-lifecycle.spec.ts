import { describe, expect, it } from 'vitest';
import { assertTransition } from './event-lifecycle.js';

describe('event lifecycle', () => {
  it('allows draft → scheduled → held, recording a past event as held, and cancelling before it is held', () => {
    expect(() => assertTransition('draft', 'scheduled')).not.toThrow();
    expect(() => assertTransition('scheduled', 'held')).not.toThrow();
    expect(() => assertTransition('scheduled', 'cancelled')).not.toThrow();
    expect(() => assertTransition('draft', 'cancelled')).not.toThrow();
    expect(() => assertTransition('draft', 'held')).not.toThrow();
  });

  it('refuses going back from held or cancelled', () => {
    for (const [from, to] of [
      ['held', 'draft'],
      ['cancelled', 'scheduled'],
      ['held', 'cancelled'],
      ['cancelled', 'draft'],
    ] as const) {
      expect(() => assertTransition(from, to)).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
    }
  });
});
