import { describe, expect, it } from 'vitest';
import { fieldFromResultDesc } from './result-field';

describe('fieldFromResultDesc', () => {
  it.each([
    [
      'cronStructure.qiqtEndTime must be after qiqtStartTime',
      {
        field: 'cronStructure.qiqtEndTime',
        step: 'period',
        message: 'must be after qiqtStartTime',
      },
    ],
    [
      'appointQuality.setCounts[1].count must be a percentage from 1 to 100; qiqtName is required',
      {
        field: 'appointQuality.setCounts.1.count',
        step: 'inspectors',
        message: 'must be a percentage from 1 to 100',
      },
    ],
    [
      'appointQuality.setCounts percentages must add up to exactly 100 (they add up to 90)',
      {
        field: 'appointQuality.setCounts',
        step: 'inspectors',
        message: 'percentages must add up to exactly 100 (they add up to 90)',
      },
    ],
    [
      'extractionRange.fixedColumns.staffIds[0] must be text',
      { field: 'extractionRange.fixedColumns.staffIds', step: 'scope', message: 'must be text' },
    ],
    ['qiqtName is required', { field: 'qiqtName', step: 'basics', message: 'is required' }],
    [
      'extractionRange.currentRole must be text',
      { field: 'currentRole', step: 'basics', message: 'must be text' },
    ],
  ])('finds the field in %j', (desc, expected) => {
    expect(fieldFromResultDesc(desc)).toEqual(expected);
  });

  it.each([
    'x-UserId header is required (the operator id)',
    'request body must be a JSON object',
    'userId must be text',
    '',
  ])('finds none in %j', (desc) => {
    expect(fieldFromResultDesc(desc)).toBeUndefined();
  });
});
