import type {
  AddQualityTaskRequest,
  UpdateSpeedRuleRequest,
} from '../../src/lib/contract/index.ts';

/** A plan every rule accepts; tests break one field at a time. */
export function validPlan(overrides: Partial<AddQualityTaskRequest> = {}): AddQualityTaskRequest {
  return {
    qiqtName: 'Nightly refund calls',
    currentRole: 'qualityDirector',
    appointQuality: {
      setCountsType: 2,
      setCounts: [
        { personID: 'qa.anna', count: 30 },
        { personID: 'qa.bo', count: 70 },
      ],
    },
    cronStructure: {
      qiqtCycleType: '1',
      qiqtStartTime: 1_798_761_600,
      qiqtEndType: '1',
      qiqtTotalTimes: 30,
    },
    extractionRange: {
      fixedColumns: {
        qualityType: 1,
        qualityNum: '100',
        maxNum: '10',
        qualityCondition: 0,
        interactionType: 0,
        durationStart: 1000,
        durationEnd: '600000',
        scoreStart: '0',
        scoreEnd: '90',
        staffIds: ['agent-1'],
      },
    },
    ...overrides,
  };
}

/** A plan as plain JSON, to break with shapes the types forbid. */
export const planJson = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(validPlan())) as Record<string, unknown>;

export function validSpeedRule(speedId: string): UpdateSpeedRuleRequest {
  return {
    setting: {
      speed_id: speedId,
      name: 'Refund line pace',
      score: 4,
      min: 80,
      max: 180,
      other: { call_from: 1000, call_end: 60_000 },
    },
    exception: { under: { customer: [] }, over: { customer: [] } },
  };
}

/** Sets a value at a dotted path ("a.b[1].c"), creating nothing: the path must exist up to the leaf. */
export function withValue<T extends object>(value: T, dotted: string, leaf: unknown): T {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const keys = dotted.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (leaf === undefined) Reflect.deleteProperty(node, last);
  else node[last] = leaf;
  return copy as T;
}
