import type { QuerySpeedRuleByIdAnswer } from '@/lib/contract';

/**
 * A querySpeedRuleById answer for the reference example rule (updateSpeedRule.source.txt):
 * the server answers sentences as objects, the update wants their ids.
 */
export const referenceSetting = {
  speed_id: '849706874868600832',
  name: 'toofast',
  score: 3,
  min: 90,
  max: 100,
  other: { call_from: null, call_end: null },
};

export const referenceRuleAnswer: QuerySpeedRuleByIdAnswer = {
  resultCode: '0405000',
  resultDesc: 'Operation successful.',
  setting: referenceSetting,
  exception: {
    under: {
      customer: [{ sentence_id: '11064', sentence_name: 'Could you slow down?', category_id: '7' }],
    },
    over: {
      customer: [{ sentence_id: '11093', sentence_name: 'Please hurry up', category_id: '7' }],
    },
  },
};
