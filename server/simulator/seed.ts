import { PLAN_STATUS, type AddQualityTaskRequest } from '../../src/lib/contract/index.ts';
import { SEED_SENTENCES } from './seed-sentences.ts';
import { takeId, type SimulatorState, type SpeedRuleRecord } from './state.ts';

/** A plan id of 20 digits (beyond 2^64): the big-id tests use it. */
export const SEED_BIG_PLAN_ID = '95463736859930726612';
/** The speed_id of the reference updateSpeedRule example, so that example succeeds as written. */
export const REFERENCE_SPEED_RULE_ID = '849706874868600832';
/** Generated ids start here: 18 digits, like the reference's 954637368599307266. */
const FIRST_GENERATED_ID = '954637368599400000';

const DAY = 86_400;

/** Midnight-based local time `daysAgo` days before `now`, at `hour`:00. */
function localTimeDaysAgo(now: number, daysAgo: number, hour: number): number {
  const d = new Date(now * 1000);
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 0, 0, 0);
  return Math.floor(d.getTime() / 1000);
}

export function createSeedState(now: number): SimulatorState {
  const state: SimulatorState = {
    version: 1,
    nextId: FIRST_GENERATED_ID,
    plans: [],
    speedRules: [],
    sentenceCategories: [],
    sentences: [],
  };

  const sentenceIdByText = new Map<string, string>();
  for (const group of SEED_SENTENCES) {
    const categoryId = takeId(state);
    state.sentenceCategories.push({ id: categoryId, name: group.category });
    for (const text of group.sentences) {
      const id = takeId(state);
      state.sentences.push({ id, text, categoryId });
      sentenceIdByText.set(text, id);
    }
  }
  const ids = (...texts: string[]) =>
    texts.map((text) => {
      const id = sentenceIdByText.get(text);
      if (id === undefined) throw new Error(`seed sentence missing: ${text}`);
      return id;
    });

  const slowExcuses = ids(
    'Can you walk me through it slowly, step by step?',
    "I'm not very good with computers.",
    '麻烦你慢一点说。',
  );
  const fastExcuses = ids("I'm in a hurry, can we keep this quick?", '我赶时间，请快一点。');

  const rule = (
    name: string,
    score: number,
    min: number,
    max: number,
    extra: Partial<Omit<SpeedRuleRecord, 'id' | 'setting'>> & {
      other?: SpeedRuleRecord['setting']['other'];
      id?: string;
    } = {},
  ): SpeedRuleRecord => ({
    id: extra.id ?? takeId(state),
    setting: { name, score, min, max, ...(extra.other ? { other: extra.other } : {}) },
    underSentenceIds: extra.underSentenceIds ?? [],
    overSentenceIds: extra.overSentenceIds ?? [],
  });
  state.speedRules.push(
    rule('Too fast on billing calls', 5, 80, 170, { overSentenceIds: fastExcuses }),
    rule('Too slow on complaint calls', 3, 100, 200, {
      underSentenceIds: ids("Sorry, I'm writing this down, give me a moment."),
    }),
    rule('General service pace', 2, 110, 190, {
      underSentenceIds: slowExcuses,
      overSentenceIds: fastExcuses,
    }),
    rule('Technical walkthrough pace', 2, 70, 160, {
      underSentenceIds: slowExcuses,
      other: { call_from: 30_000, call_end: 600_000 },
    }),
    rule('Senior customer line', 4, 60, 140, {
      underSentenceIds: ids(
        "Could you repeat that, please? I didn't catch it.",
        '请再说一遍好吗？',
      ),
    }),
    rule('Sales callback pace', 3, 120, 210, { other: { call_from: 0, call_end: null } }),
    rule('toofast', 3, 90, 100, {
      id: REFERENCE_SPEED_RULE_ID,
      other: { call_from: null, call_end: null },
    }),
  );

  const billingStart = localTimeDaysAgo(now, 14, 2);
  const billingPlan: AddQualityTaskRequest = {
    qiqtName: 'Daily billing calls sample',
    currentRole: 'qualityDirector',
    appointQuality: {
      setCountsType: 2,
      setCounts: [
        { personID: 'qa.lin', count: 40 },
        { personID: 'qa.garcia', count: 60 },
      ],
    },
    cronStructure: {
      qiqtCycleType: '1',
      qiqtStartTime: billingStart,
      qiqtEndType: '1',
      qiqtTotalTimes: 90,
    },
    extractionRange: {
      currentRole: 'qualityDirector',
      fixedColumns: {
        qualityType: 1,
        qualityNum: '200',
        maxNum: '20',
        qualityCondition: 1,
        interactionType: 0,
        durationStart: 30_000,
        durationEnd: '1800000',
        scoreStart: '0',
        scoreEnd: '80',
        staffIds: ['agent-1001', 'agent-1002', 'agent-1007'],
      },
    },
  };
  state.plans.push({
    id: SEED_BIG_PLAN_ID,
    definition: billingPlan,
    status: PLAN_STATUS.running,
    createdAt: billingStart - DAY,
    creator: 'director.wang',
    runningSince: billingStart,
    executedBefore: 0,
  });

  const complaintStart = localTimeDaysAgo(now, 21, 9);
  const complaintPlan: AddQualityTaskRequest = {
    qiqtName: 'Weekly complaint review',
    currentRole: 'qualityDirector',
    appointQuality: {
      setCountsType: 0,
      setCounts: [
        { personID: 'qa.chen', count: 15 },
        { personID: 'qa.okafor', count: 15 },
      ],
    },
    cronStructure: {
      qiqtCycleType: '2',
      qiqtStartTime: complaintStart,
      qiqtEndType: '2',
      qiqtEndTime: complaintStart + 182 * DAY,
    },
    extractionRange: {
      fixedColumns: {
        qualityType: 2,
        qualityNum: '5',
        qualityCondition: 0,
        interactionType: 1,
        scoreStart: '0',
        scoreEnd: '60',
      },
    },
  };
  state.plans.push({
    id: takeId(state),
    definition: complaintPlan,
    status: PLAN_STATUS.stopped,
    createdAt: complaintStart - 2 * DAY,
    creator: 'director.wang',
    runningSince: null,
    executedBefore: 2,
  });

  return state;
}
