import { describe, expect, it } from 'vitest';
import { formValuesFromAnswer } from './conversions';
import { diffSpeedRule } from './diff';
import { referenceRuleAnswer } from './fixtures';

const loaded = () => formValuesFromAnswer(referenceRuleAnswer);

describe('diffSpeedRule', () => {
  it('finds nothing when nothing changed', () => {
    expect(diffSpeedRule(loaded(), loaded())).toEqual([]);
  });

  it('compares numbers by value and offsets by time, not by text', () => {
    const edited = loaded();
    edited.setting.min = '90';
    edited.setting.other.call_from = '';
    expect(diffSpeedRule(loaded(), edited)).toEqual([]);

    const before = loaded();
    before.setting.other.call_from = '1:00';
    const after = loaded();
    after.setting.other.call_from = '01:00';
    expect(diffSpeedRule(before, after)).toEqual([]);
  });

  it('lists each changed value as old -> new', () => {
    const edited = loaded();
    edited.setting.name = 'too fast';
    edited.setting.min = 110;
    edited.setting.max = 160;
    edited.setting.other.call_end = '05:00';
    expect(diffSpeedRule(loaded(), edited)).toEqual([
      { kind: 'value', field: 'name', before: 'toofast', after: 'too fast' },
      { kind: 'value', field: 'min', before: 90, after: 110 },
      { kind: 'value', field: 'max', before: 100, after: 160 },
      { kind: 'offset', field: 'call_end', before: null, after: 300_000 },
    ]);
  });

  it('reports added and removed exception sentences, ignoring order', () => {
    const edited = loaded();
    edited.exception.under.customer = [
      { sentence_id: '2001', sentence_name: 'Say that again?' },
      ...edited.exception.under.customer,
    ];
    edited.exception.over.customer = [];
    expect(diffSpeedRule(loaded(), edited)).toEqual([
      {
        kind: 'sentences',
        field: 'under',
        added: [{ sentence_id: '2001', sentence_name: 'Say that again?' }],
        removed: [],
      },
      {
        kind: 'sentences',
        field: 'over',
        added: [],
        removed: [{ sentence_id: '11093', sentence_name: 'Please hurry up', category_id: '7' }],
      },
    ]);

    const reordered = loaded();
    reordered.exception.under.customer.push({ sentence_id: '3' });
    const reversed = loaded();
    reversed.exception.under.customer.unshift({ sentence_id: '3' });
    expect(diffSpeedRule(reordered, reversed)).toEqual([]);
  });
});
