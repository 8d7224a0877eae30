import { describe, expect, it } from 'vitest';
import { allowedNextStages, assertStageTransition } from './stages.js';

describe('project stages', () => {
  it('goes forward, may skip stages, and may stall or be cancelled before operation', () => {
    expect(allowedNextStages('signed', 1)).toEqual([
      'contract_concluded',
      'started',
      'funds_partly_in_place',
      'funds_in_place',
      'in_operation',
      'stalled',
      'cancelled',
    ]);
    expect(allowedNextStages('funds_partly_in_place', 4)).toContain('funds_partly_in_place');
    expect(allowedNextStages('in_operation', 6)).toEqual(['stalled', 'cancelled']);
    expect(allowedNextStages('cancelled', 3)).toEqual([]);
  });

  it('resumes a stalled project at the stage it had reached or further', () => {
    expect(allowedNextStages('stalled', 3)).toEqual(['started', 'funds_partly_in_place', 'funds_in_place', 'in_operation', 'cancelled']);
  });

  it('refuses going back with INVALID_STAGE_TRANSITION', () => {
    expect(() => assertStageTransition('started', 'contract_concluded', 3)).toThrow(
      expect.objectContaining({ code: 'INVALID_STAGE_TRANSITION' }),
    );
    expect(() => assertStageTransition('started', 'started', 3)).toThrow(expect.objectContaining({ code: 'INVALID_STAGE_TRANSITION' }));
    expect(() => assertStageTransition('stalled', 'contract_concluded', 3)).toThrow(
      expect.objectContaining({ code: 'INVALID_STAGE_TRANSITION' }),
    );
    expect(() => assertStageTransition('signed', 'started', 1)).not.toThrow();
  });
});
