import fc from 'fast-check';
import type {
  AddQualityTaskRequest,
  UpdateSpeedRuleRequest,
} from '../../src/lib/contract/index.ts';

/**
 * fast-check arbitraries for the two payloads the console is built around, valid by construction
 * (every rule of CONTRACT.md), and a mutator that breaks them in the ways a hostile or careless
 * client would.
 */

const MAX_EPOCH = 9_999_999_999;

/** 1..max characters, not only spaces; any Unicode (names come from people). */
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: max }),
      fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
      fc.constantFrom('<img src=x onerror=alert(1)>', '"; DROP TABLE plans; --', '质检计划 ☕'),
    )
    .filter((s) => s.length >= 1 && s.length <= max && s.trim().length > 0);

const optionalText = fc.option(fc.string({ maxLength: 30 }), { nil: undefined });

/** A string of digits for a value in [min, max], sometimes with leading zeros (still digits). */
const digits = (min: number, max: number, maxChars: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.nat({ max: 2 }))
    .map(([value, zeros]) => '0'.repeat(zeros) + String(value))
    .filter((s) => s.length <= maxChars);

/** Percentages of `count` inspectors, each at least 1, adding up to exactly 100. */
const percentages = (count: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
      return bounds.slice(1).map((bound, i) => bound - (bounds[i] ?? 0));
    });

const appointQuality = fc.uniqueArray(text(64), { minLength: 1, maxLength: 5 }).chain((people) =>
  fc.oneof(
    fc
      .array(fc.integer({ min: 0, max: 99_999_999 }), {
        minLength: people.length,
        maxLength: people.length,
      })
      .map((counts) => ({
        setCountsType: 0 as const,
        setCounts: people.map((personID, i) => ({ personID, count: counts[i] })),
      })),
    percentages(people.length).map((counts) => ({
      setCountsType: 2 as const,
      setCounts: people.map((personID, i) => ({ personID, count: counts[i] })),
    })),
  ),
);

const cronStructure = fc
  .record({
    qiqtCycleType: fc.constantFrom('1' as const, '2' as const, '3' as const),
    qiqtStartTime: fc.integer({ min: 0, max: MAX_EPOCH - 1 }),
  })
  .chain((base) =>
    fc.oneof(
      fc
        .integer({ min: 1, max: 99_999_999 })
        .map((qiqtTotalTimes) => ({ ...base, qiqtEndType: '1' as const, qiqtTotalTimes })),
      fc
        .integer({ min: base.qiqtStartTime + 1, max: MAX_EPOCH })
        .map((qiqtEndTime) => ({ ...base, qiqtEndType: '2' as const, qiqtEndTime })),
    ),
  );

const ordered = <T>(a: T, b: T, value: (x: T) => number): [T, T] =>
  value(a) <= value(b) ? [a, b] : [b, a];

const fixedColumns = fc
  .record(
    {
      qualityType: fc.constantFrom(1 as const, 2 as const, 3 as const),
      qualityCondition: fc.constantFrom(0 as const, 1 as const, 2 as const),
      interactionType: fc.constantFrom(0 as const, 1 as const),
      durations: fc.tuple(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99_999_999_999 }),
      ),
      scores: fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })),
      staffIds: fc.array(text(64), { maxLength: 4 }),
    },
    { requiredKeys: ['qualityType', 'qualityCondition', 'interactionType'] },
  )
  .chain(({ qualityType, durations, scores, ...rest }) =>
    fc
      .record({
        qualityNum: qualityType === 3 ? digits(1, 100, 8) : digits(0, 10_000, 8),
        maxNum:
          qualityType === 2
            ? fc.option(digits(0, 99_999_999, 8), { nil: undefined })
            : digits(1, 99_999_999, 8),
      })
      .map((nums) => {
        const [durationStart, durationEnd] = durations
          ? ordered(durations[0], durations[1], (x) => x)
          : [undefined, undefined];
        const [scoreStart, scoreEnd] = scores
          ? ordered(scores[0], scores[1], (x) => x)
          : [undefined, undefined];
        return dropUndefined({
          qualityType,
          ...rest,
          ...nums,
          durationStart,
          durationEnd: durationEnd === undefined ? undefined : String(durationEnd),
          scoreStart: scoreStart === undefined ? undefined : String(scoreStart),
          scoreEnd: scoreEnd === undefined ? undefined : String(scoreEnd),
        });
      }),
  );

export const validAddQualityTask: fc.Arbitrary<AddQualityTaskRequest> = fc
  .record({
    qiqtName: text(64),
    currentRole: optionalText,
    userId: optionalText,
    appointQuality,
    cronStructure,
    extractionRange: fc.record({
      currentRole: optionalText,
      userId: optionalText,
      fixedColumns,
    }),
  })
  .map((plan) => dropUndefined(plan) as AddQualityTaskRequest);

const sentenceIds = fc.option(fc.array(fc.stringMatching(/^\d{1,20}$/), { maxLength: 4 }), {
  nil: undefined,
});
const callOffset = fc.option(fc.integer({ min: 0, max: 2_147_483_647 }), { nil: null });

/** A valid update of one of `speedIds` (rules that exist). */
export const validUpdateSpeedRule = (
  speedIds: readonly string[],
): fc.Arbitrary<UpdateSpeedRuleRequest> =>
  fc
    .record({
      speed_id: fc.constantFrom(...speedIds),
      name: text(64),
      score: fc.integer({ min: 0, max: 100 }),
      min: fc.integer({ min: 1, max: 220 }),
      maxAbove: fc.integer({ min: 0, max: 2_147_483_647 - 220 }),
      window: fc.option(fc.tuple(callOffset, callOffset), { nil: undefined }),
      under: sentenceIds,
      over: sentenceIds,
    })
    .map(({ maxAbove, window, under, over, ...setting }) => {
      let other: { call_from: number | null; call_end: number | null } | undefined;
      if (window !== undefined) {
        const [a, b] = window;
        other =
          a !== null && b !== null
            ? { call_from: Math.min(a, b), call_end: Math.max(a, b) }
            : { call_from: a, call_end: b };
      }
      return {
        setting: dropUndefined({ ...setting, max: setting.min + maxAbove, other }),
        exception: {
          under: dropUndefined({ customer: under }),
          over: dropUndefined({ customer: over }),
        },
      } as UpdateSpeedRuleRequest;
    });

// ---- mutations ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Values a field may be replaced with: wrong types, edge numbers, ids, junk. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, '', ' ', [], {}, 0, -1, 1.5, 1e21, -0),
  fc.integer(),
  fc.integer({ min: -1, max: 10_001 }).map(String),
  fc.stringMatching(/^\d{1,20}$/),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 70 }),
  fc.constantFrom<Json>('1', '2', '3', 1, 2, 3, '0', '100', 100, 101, '101'),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'flip'; pick: number }
  | { kind: 'add'; pick: number; key: string; value: Json }
  | { kind: 'duplicate'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('flip' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor')),
    value: replacement,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
);

/** 1 to 3 random mutations of `payload` (a deep copy; the original is untouched). */
export const mutated = <T>(payload: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc
    .tuple(payload, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([value, mutations]) => {
      let json = JSON.parse(JSON.stringify(value)) as Json;
      for (const m of mutations) json = applyMutation(json, m);
      return json;
    });

function applyMutation(root: Json, m: Mutation): Json {
  const paths = allPaths(root);
  const path = paths[m.pick % paths.length] ?? [];
  const current = get(root, path);
  switch (m.kind) {
    case 'delete':
      return path.length === 0 ? {} : remove(root, path);
    case 'replace':
      return set(root, path, m.value);
    case 'flip':
      if (typeof current === 'number') return set(root, path, String(current));
      if (typeof current === 'string' && /^-?\d+$/.test(current)) {
        return set(root, path, Number(current));
      }
      return set(root, path, null);
    case 'add':
      if (isObject(current)) {
        // defineProperty: a "__proto__" key stays an own key, as JSON.parse would make it.
        Object.defineProperty(current, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else if (Array.isArray(current)) current.push(m.value);
      return root;
    case 'duplicate':
      if (Array.isArray(current) && current.length > 0) {
        current.push(JSON.parse(JSON.stringify(current[0])) as Json);
      }
      return root;
  }
}

function allPaths(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) {
    return here.concat(...value.map((item, i) => allPaths(item, [...prefix, i])));
  }
  if (isObject(value)) {
    return here.concat(...Object.entries(value).map(([k, v]) => allPaths(v, [...prefix, k])));
  }
  return here;
}

function get(root: Json, path: Path): Json {
  let node: Json = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key] ?? null;
  return node;
}

function set(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
  return root;
}

function remove(root: Json, path: Path): Json {
  const parent = get(root, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else if (isObject(parent)) Reflect.deleteProperty(parent, key);
  return root;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
