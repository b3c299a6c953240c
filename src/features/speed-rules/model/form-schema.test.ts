import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSpeedRuleRequestSchema, updateSpeedRuleRequestSchema } from '@/lib/contract';
import { formValuesFromAnswer } from './conversions';
import { emptySpeedRuleFormValues, type SpeedRuleFormValues } from './form-values';
import {
  checkAddRequest,
  checkUpdateRequest,
  speedRuleFormSchema,
  TIME_OFFSET_RULE,
} from './form-schema';
import { referenceRuleAnswer } from './fixtures';

const schema = speedRuleFormSchema('update');

function issuesFor(edit: (values: SpeedRuleFormValues) => void) {
  const values = formValuesFromAnswer(referenceRuleAnswer);
  edit(values);
  const result = schema.safeParse(values);
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
    rule: (issue as { params?: { rule?: string } }).params?.rule,
  }));
}

describe('speedRuleFormSchema (every updateSpeedRule rule, checked on the form)', () => {
  it('accepts the loaded reference rule', () => {
    expect(issuesFor(() => undefined)).toEqual([]);
  });

  it.each([
    [
      'score below 0',
      (v: SpeedRuleFormValues) => (v.setting.score = -1),
      'setting.score',
      'too_small',
    ],
    [
      'score above 100',
      (v: SpeedRuleFormValues) => (v.setting.score = 101),
      'setting.score',
      'too_big',
    ],
    ['min below 1', (v: SpeedRuleFormValues) => (v.setting.min = 0), 'setting.min', 'too_small'],
    [
      'min above 220',
      (v: SpeedRuleFormValues) => ((v.setting.min = 221), (v.setting.max = 300)),
      'setting.min',
      'too_big',
    ],
    [
      'max above the Java int',
      (v: SpeedRuleFormValues) => (v.setting.max = 2_147_483_648),
      'setting.max',
      'too_big',
    ],
    [
      'a fractional score',
      (v: SpeedRuleFormValues) => (v.setting.score = 2.5),
      'setting.score',
      'invalid_type',
    ],
    [
      'an empty name',
      (v: SpeedRuleFormValues) => (v.setting.name = ''),
      'setting.name',
      'too_small',
    ],
    [
      'a name over 64 characters',
      (v: SpeedRuleFormValues) => (v.setting.name = 'x'.repeat(65)),
      'setting.name',
      'too_big',
    ],
    [
      'an empty min',
      (v: SpeedRuleFormValues) => (v.setting.min = ''),
      'setting.min',
      'invalid_type',
    ],
  ])('reports %s on its field', (_name, edit, path, code) => {
    const issues = issuesFor(edit);
    // The first issue is the one the form shows; an empty name also breaks the "blank" rule.
    expect(issues[0]).toEqual(expect.objectContaining({ path, code }));
    expect(new Set(issues.map((issue) => issue.path))).toEqual(new Set([path]));
  });

  it('reports a maximum below the minimum on max (speedOrder)', () => {
    expect(issuesFor((v) => ((v.setting.min = 120), (v.setting.max = 100)))).toEqual([
      { path: 'setting.max', code: 'custom', rule: 'speedOrder' },
    ]);
    expect(issuesFor((v) => ((v.setting.min = 120), (v.setting.max = 120)))).toEqual([]);
  });

  it('reports a trigger window that ends before it starts on call_end (triggerOrder)', () => {
    expect(
      issuesFor((v) => {
        v.setting.other.call_from = '02:00';
        v.setting.other.call_end = '01:59';
      }),
    ).toEqual([{ path: 'setting.other.call_end', code: 'custom', rule: 'triggerOrder' }]);
    expect(issuesFor((v) => (v.setting.other.call_end = '01:59'))).toEqual([]);
  });

  it('reports text that is not mm:ss on its field, and still checks the other rules', () => {
    expect(
      issuesFor((v) => {
        v.setting.other.call_from = '2 minutes';
        v.setting.min = 150;
      }),
    ).toEqual([
      { path: 'setting.other.call_from', code: 'custom', rule: TIME_OFFSET_RULE },
      { path: 'setting.max', code: 'custom', rule: 'speedOrder' },
    ]);
  });

  it('reports a typed sentence id that is not digits on that entry', () => {
    expect(
      issuesFor((v) => v.exception.over.customer.push({ sentence_id: 'abc', sentence_name: null })),
    ).toEqual([{ path: 'exception.over.customer.1', code: 'custom', rule: 'bigId' }]);
  });

  it('requires every setting of a new rule, but no speed_id', () => {
    const issues = speedRuleFormSchema('add').safeParse(emptySpeedRuleFormValues()).error?.issues;
    const paths = new Set(issues?.map((issue) => issue.path.join('.')));
    expect([...paths]).toEqual(['setting.name', 'setting.score', 'setting.min', 'setting.max']);
  });
});

describe('speedRuleFormSchema on a half-filled new rule', () => {
  it('reports a maximum below the minimum before the score is typed', () => {
    const values = emptySpeedRuleFormValues();
    values.setting.min = 150;
    values.setting.max = 120;
    const issues = speedRuleFormSchema('add').safeParse(values).error?.issues ?? [];
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ['setting', 'max'], params: { rule: 'speedOrder' } }),
    );
    expect(issues.filter((issue) => issue.path.join('.') === 'setting.max')).toHaveLength(1);
  });
});

describe('speedRuleFormSchema runs the contract once unless the order may be hidden', () => {
  afterEach(() => vi.restoreAllMocks());

  it('checks a complete rule once', () => {
    const contract = vi.spyOn(updateSpeedRuleRequestSchema, 'safeParse');
    expect(schema.safeParse(formValuesFromAnswer(referenceRuleAnswer)).success).toBe(true);
    expect(contract).toHaveBeenCalledTimes(1);
  });

  it('checks once when a problem other than the name or score is found', () => {
    const contract = vi.spyOn(addSpeedRuleRequestSchema, 'safeParse');
    const values = emptySpeedRuleFormValues();
    values.setting.min = 150;
    // The maximum is missing: its order with the minimum cannot be judged, with or without a score.
    expect(speedRuleFormSchema('add').safeParse(values).success).toBe(false);
    expect(contract).toHaveBeenCalledTimes(1);
  });

  it('checks the order again when only the name or score stood in its way', () => {
    const contract = vi.spyOn(addSpeedRuleRequestSchema, 'safeParse');
    const values = emptySpeedRuleFormValues();
    values.setting.min = 120;
    values.setting.max = 150;
    expect(speedRuleFormSchema('add').safeParse(values).success).toBe(false);
    expect(contract).toHaveBeenCalledTimes(2);
  });
});

describe('checkUpdateRequest / checkAddRequest', () => {
  it('hands back the exact body to send once the contract accepts it', () => {
    const values = formValuesFromAnswer(referenceRuleAnswer);
    const check = checkUpdateRequest(values);
    expect(check.ok && check.request.exception.under.customer).toEqual(['11064']);
  });

  it('refuses a body the contract refuses', () => {
    const values = emptySpeedRuleFormValues();
    values.setting.name = 'x';
    values.setting.score = 1;
    values.setting.min = 200;
    values.setting.max = 100;
    const check = checkAddRequest(values);
    expect(check.ok).toBe(false);
  });
});
