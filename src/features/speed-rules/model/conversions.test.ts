import { describe, expect, it } from 'vitest';
import { parseLosslessJson, updateSpeedRuleRequestSchema } from '@/lib/contract';
import { serializeRequest } from '@/lib/api-client';
import { REFERENCE_SPEED_RULE_EXAMPLE_JSON } from '@/testing/fixtures/reference-examples';
import {
  addDraftFromForm,
  formValuesFromAnswer,
  numberFromField,
  updateDraftFromForm,
} from './conversions';
import { emptySpeedRuleFormValues } from './form-values';
import { referenceRuleAnswer, referenceSetting } from './fixtures';

describe('query -> form -> update payload', () => {
  it('turns the loaded reference rule back into the reference update body', () => {
    const values = formValuesFromAnswer(referenceRuleAnswer);
    const body = updateDraftFromForm(values);

    expect(body).toEqual(parseLosslessJson(REFERENCE_SPEED_RULE_EXAMPLE_JSON));
    expect(updateSpeedRuleRequestSchema.safeParse(body).success).toBe(true);
  });

  it('keeps sentence names in the form and sends only their id strings', () => {
    const values = formValuesFromAnswer(referenceRuleAnswer);
    expect(values.exception.under.customer).toEqual([
      { sentence_id: '11064', sentence_name: 'Could you slow down?', category_id: '7' },
    ]);
    const body = updateDraftFromForm(values);
    expect(body.exception).toEqual({
      under: { customer: ['11064'] },
      over: { customer: ['11093'] },
    });
  });

  it('keeps a 20-digit rule id and sentence ids exact, as strings', () => {
    const values = formValuesFromAnswer({
      ...referenceRuleAnswer,
      setting: { ...referenceSetting, speed_id: '18446744073709551615' },
      exception: { under: { customer: [{ sentence_id: '98765432109876543210' }] }, over: null },
    });
    const body = updateDraftFromForm(values);
    expect(body.setting.speed_id).toBe('18446744073709551615');
    expect(body.exception).toEqual({
      under: { customer: ['98765432109876543210'] },
      over: { customer: [] },
    });
    expect(serializeRequest('updateSpeedRule', body as never)).toContain(
      '"speed_id": "18446744073709551615"',
    );
  });

  it('turns mm:ss into milliseconds and an empty offset into null', () => {
    const values = formValuesFromAnswer({
      ...referenceRuleAnswer,
      setting: { ...referenceSetting, other: { call_from: 30_000, call_end: null } },
    });
    expect(values.setting.other).toEqual({ call_from: '00:30', call_end: '' });

    values.setting.other.call_end = '02:15';
    expect(updateDraftFromForm(values).setting.other).toEqual({
      call_from: 30_000,
      call_end: 135_000,
    });
  });

  it('fills a rule without trigger window or exceptions with empty values', () => {
    const values = formValuesFromAnswer({
      resultCode: '0405000',
      setting: { speed_id: '1', name: 'bare', score: 0, min: 1, max: 1, other: null },
    });
    expect(values.setting.other).toEqual({ call_from: '', call_end: '' });
    expect(values.exception).toEqual({ under: { customer: [] }, over: { customer: [] } });
  });

  it('builds an add body without speed_id', () => {
    const values = emptySpeedRuleFormValues();
    values.setting.name = 'New';
    values.setting.score = 5;
    values.setting.min = 100;
    values.setting.max = '180';
    const body = addDraftFromForm(values);
    expect(body).toEqual({
      setting: {
        name: 'New',
        score: 5,
        min: 100,
        max: 180,
        other: { call_from: null, call_end: null },
      },
      exception: { under: { customer: [] }, over: { customer: [] } },
    });
    expect('speed_id' in body.setting).toBe(false);
  });
});

describe('numberFromField', () => {
  it.each([
    [12, 12],
    ['12', 12],
    [' 7 ', 7],
    ['', undefined],
    ['  ', undefined],
    ['1e', '1e'],
  ])('reads %j as %j', (input, expected) => {
    expect(numberFromField(input)).toBe(expected);
  });
});
