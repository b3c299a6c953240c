import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ENDPOINTS,
  FAILURE_CODES,
  SUCCESS_CODES,
  bindLeniently,
  endpointPath,
  parseLosslessJson,
  type EndpointName,
} from '../../../src/lib/contract/index.ts';
import { mutated, validAddQualityTask, validUpdateSpeedRule } from '../../testing/arbitraries.ts';
import { isJsonContentType } from '../../http/content-type.ts';
import { validPlan } from '../../testing/fixtures.ts';
import { JSON_HEADERS, send, type RawAnswer } from '../../testing/http-client.ts';
import { closeAll, startProxy, startSimulator } from '../../testing/servers.ts';

/**
 * Hostile input, property-based: through the proxy to the simulator, as the browser's calls go.
 * Run counts are sized so the file takes a few seconds.
 */

afterEach(closeAll);

async function setup() {
  const sim = await startSimulator();
  const proxy = await startProxy({ baseUrl: sim.url });
  const post = (name: EndpointName, body: string | Buffer, headers = JSON_HEADERS) =>
    send(proxy.url, { path: endpointPath(name), headers, body });
  return { sim, proxy, post };
}

/** No 5xx, JSON with a string resultCode: the answer of a server that did not crash. */
function expectCalmAnswer(answer: RawAnswer) {
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  expect(typeof answer.json?.resultCode, answer.text.slice(0, 300)).toBe('string');
}

const group = (name: EndpointName) => ENDPOINTS[name].group;
const succeeded = (name: EndpointName, answer: RawAnswer) =>
  answer.status === 200 && answer.json?.resultCode === SUCCESS_CODES[group(name)];
/** Passed validation: anything but the group's "invalid parameter" code (not found counts). */
const passedValidation = (name: EndpointName, answer: RawAnswer) =>
  answer.status === 200 && answer.json?.resultCode !== FAILURE_CODES[group(name)].invalid;

describe('hostile input: valid payloads', () => {
  it('every addQualityTask the client schema accepts, the simulator accepts', async () => {
    const { post } = await setup();
    const schema = ENDPOINTS.addQualityTask.request;
    await fc.assert(
      fc.asyncProperty(validAddQualityTask, async (plan) => {
        fc.pre(schema.safeParse(plan).success);
        const answer = await post('addQualityTask', JSON.stringify(plan));
        expect(succeeded('addQualityTask', answer), answer.text).toBe(true);
        expect(answer.text).toMatch(/"objId":"\d{18,20}"/);
      }),
      { numRuns: 150 },
    );
  });

  it('every updateSpeedRule the client schema accepts (of a seeded rule), the simulator accepts', async () => {
    const { post, sim } = await setup();
    const speedIds = sim.simulator.state.speedRules.map((rule) => rule.id);
    expect(speedIds.length).toBeGreaterThan(3);
    const schema = ENDPOINTS.updateSpeedRule.request;
    await fc.assert(
      fc.asyncProperty(validUpdateSpeedRule(speedIds), async (update) => {
        fc.pre(schema.safeParse(update).success);
        const answer = await post('updateSpeedRule', JSON.stringify(update));
        expect(succeeded('updateSpeedRule', answer), answer.text).toBe(true);
        // It was stored as sent.
        const stored = sim.simulator.state.speedRules.find((r) => r.id === update.setting.speed_id);
        expect(stored?.setting.name).toBe(update.setting.name);
        expect(stored?.setting.max).toBe(update.setting.max);
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile input: mutations of valid payloads', () => {
  /**
   * The client (the contract schema's safeParse) and the simulator agree on what goes on the
   * wire (the text, read back losslessly). The simulator is lenient by policy, so "agree" means:
   * strict accepts => the simulator accepts (equivalently: the simulator refuses => strict
   * refuses); and the simulator accepts => strict accepts after bindLeniently.
   */
  const agreement = <N extends 'addQualityTask' | 'updateSpeedRule'>(
    name: N,
    payloads: (ids: string[]) => fc.Arbitrary<unknown>,
    numRuns: number,
  ) =>
    it(`${name}: client and simulator agree on accept or refuse`, async () => {
      const { post, sim } = await setup();
      const schema = ENDPOINTS[name].request;
      const ids = sim.simulator.state.speedRules.map((rule) => rule.id);
      const verdicts = { bothAccept: 0, bothRefuse: 0, onlyLenientAccepts: 0 };
      await fc.assert(
        fc.asyncProperty(payloads(ids), async (payload) => {
          const text = JSON.stringify(payload);
          const wire = parseLosslessJson(text);
          const answer = await post(name, text);
          expectCalmAnswer(answer);
          const simulatorAccepts = passedValidation(name, answer);
          const strictAccepts = schema.safeParse(wire).success;
          const lenientAccepts = schema.safeParse(bindLeniently(schema, wire).value).success;
          if (strictAccepts) expect(simulatorAccepts, answer.text).toBe(true);
          if (!simulatorAccepts) expect(strictAccepts).toBe(false);
          if (simulatorAccepts) expect(lenientAccepts, answer.text).toBe(true);
          if (!simulatorAccepts) {
            // A refusal names what is wrong.
            expect(String(answer.json?.resultDesc).length).toBeGreaterThan(5);
          }
          if (strictAccepts) verdicts.bothAccept++;
          else if (simulatorAccepts) verdicts.onlyLenientAccepts++;
          else verdicts.bothRefuse++;
        }),
        { numRuns },
      );
      // The mutations really do reach both sides of the line.
      expect(verdicts.bothRefuse).toBeGreaterThan(numRuns / 4);
      expect(verdicts.bothAccept + verdicts.onlyLenientAccepts).toBeGreaterThan(0);
    });

  agreement('addQualityTask', () => mutated(validAddQualityTask), 400);
  agreement('updateSpeedRule', (ids) => mutated(validUpdateSpeedRule(ids)), 300);
});

describe('hostile input: ids of 1 to 20 digits survive exactly', () => {
  const plansNotFound = [
    'beginQualityTask',
    'stopQualityTask',
    'deleteQualityTask',
    'updateQualityTask',
  ] as const;

  it('begin/stop/delete/update of an unknown plan name the id exactly as sent', async () => {
    const { post, sim } = await setup();
    const known = new Set(sim.simulator.state.plans.map((p) => p.id));
    const plan = JSON.stringify(validPlan()).slice(1, -1); // the fields, for updateQualityTask
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^\d{1,20}$/),
        fc.constantFrom(...plansNotFound),
        fc.boolean(),
        async (id, name, bare) => {
          fc.pre(!known.has(id));
          // As a string, or as a bare JSON number where that is valid JSON (no leading zero).
          const asNumber = bare && (id === '0' || !id.startsWith('0'));
          const idJson = asNumber ? id : `"${id}"`;
          const extra = name === 'updateQualityTask' ? `,${plan}` : '';
          const answer = await post(name, `{"regularQualityTaskId":${idJson}${extra}}`);
          expect(answer.json).toEqual({
            resultCode: FAILURE_CODES.regularqualitytask.notFound,
            resultDesc: `regularQualityTaskId names no existing plan (${id})`,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an unknown speed rule is named exactly too', async () => {
    const { post, sim } = await setup();
    const known = new Set(sim.simulator.state.speedRules.map((r) => r.id));
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[1-9]\d{0,19}$/),
        fc.constantFrom('querySpeedRuleById', 'deleteSpeedRule') as fc.Arbitrary<
          'querySpeedRuleById' | 'deleteSpeedRule'
        >,
        async (id, name) => {
          fc.pre(!known.has(id));
          const answer = await post(name, `{"speed_id":${id}}`);
          expect(answer.json?.resultDesc).toBe(`speed_id names no existing speed rule (${id})`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('created ids come back identical in the lists, and work as sent', async () => {
    const { post } = await setup();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await post(
        'addQualityTask',
        JSON.stringify(validPlan({ qiqtName: `id ${i}` })),
      );
      const id = /"objId":"(\d{18,20})"/.exec(answer.text)?.[1];
      expect(id).toBeDefined();
      created.push(id ?? '');
    }
    const list = await post('queryQualityTask', '{"page":1,"rows":100}');
    for (const id of created) expect(list.text).toContain(`"qiqtId":"${id}"`);
    // Sent back as bare JSON numbers (what a careless client would do), they still name the plan.
    for (const id of created) {
      const begun = await post('beginQualityTask', `{"regularQualityTaskId":${id}}`);
      expect(begun.json?.resultCode).toBe(SUCCESS_CODES.regularqualitytask);
    }
    const rule = await post(
      'addSpeedRule',
      '{"setting":{"name":"id check","score":1,"min":10,"max":20},"exception":{"under":{},"over":{}}}',
    );
    const speedId = /"speed_id":"(\d{18,20})"/.exec(rule.text)?.[1] ?? 'missing';
    const rules = await post('querySpeedRules', '{"page":1,"limit":100}');
    expect(rules.text).toContain(`"speed_id":"${speedId}"`);
    const read = await post('querySpeedRuleById', `{"speed_id":${speedId}}`);
    expect(read.text).toContain(`"speed_id":"${speedId}"`);
  });
});

describe('hostile input: junk bodies never crash anything', () => {
  const names = Object.keys(ENDPOINTS) as EndpointName[];
  const validText = JSON.stringify(validPlan());

  it('truncated JSON: a clear 400 or a business refusal, never a 5xx', async () => {
    const { post } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: validText.length - 1 }), async (cut) => {
        const answer = await post('addQualityTask', validText.slice(0, cut));
        expectCalmAnswer(answer);
        expect(answer.status).toBe(400);
        expect(answer.json?.resultDesc).toMatch(/^request body is not valid JSON/);
      }),
      { numRuns: 100 },
    );
  });

  it('deep nesting (100,000 levels), in every place', async () => {
    const { post } = await setup();
    const depth = 100_000;
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const bodies = [
      arrays,
      objects,
      `{"qiqtName":${arrays}}`,
      `{"appointQuality":{"setCountsType":2,"setCounts":${arrays}}}`,
      `{"extractionRange":{"fixedColumns":{"staffIds":[${arrays}]}}}`,
      `{"unknown":${objects}}`,
      `{"qiqtName":"x","deep":${'['.repeat(depth)}`, // and never closed
    ];
    for (const body of bodies) {
      for (const name of ['addQualityTask', 'updateSpeedRule', 'querySpeedRules'] as const) {
        const answer = await post(name, body);
        expectCalmAnswer(answer);
        expect([200, 400]).toContain(answer.status);
        expect(answer.json?.resultCode).not.toBe(SUCCESS_CODES[group(name)]);
      }
    }
  });

  it('2 MB strings are refused before anything is read further; 900 KB ones are judged', async () => {
    const { post, sim } = await setup();
    const received = () => sim.simulator.testHooks.requests.length;
    const before = received();
    const huge = await post('addQualityTask', `{"qiqtName":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect(huge.status).toBe(413);
    expect(huge.json?.resultCode).toBe('PROXY_BODY_TOO_LARGE');
    expect(received()).toBe(before);

    const large = await post('addQualityTask', `{"qiqtName":"${'名'.repeat(300_000)}"}`);
    expectCalmAnswer(large);
    expect(large.json?.resultDesc).toContain('qiqtName must be at most 64 characters');
    expect(large.text.length).toBeLessThan(2000); // the refusal does not quote the value
  });

  it('wrong content types are refused by the proxy, and nothing is forwarded', async () => {
    const { post, sim } = await setup();
    const before = sim.simulator.testHooks.requests.length;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.constantFrom(
            'text/plain',
            'text/html',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=----x',
            'application/xml',
            'application/json; charset=utf-16',
            'application/json-patch+json',
            '',
          ),
          fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
        ),
        async (name, type) => {
          fc.pre(!isJsonContentType(type));
          const answer = await post(name, validText, { 'Content-Type': type });
          expect(answer.status).toBe(415);
          expect(answer.json?.resultCode).toBe('PROXY_UNSUPPORTED_MEDIA_TYPE');
        },
      ),
      { numRuns: 100 },
    );
    expect(sim.simulator.testHooks.requests.length).toBe(before);
  });

  it('invalid UTF-8 is refused with a clear 400, not stored as replacement characters', async () => {
    const { post, sim } = await setup();
    const plans = sim.simulator.state.plans.length;
    const invalidSequences = [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8]];
    for (const bytes of invalidSequences) {
      const [head, tail] = validText.split('Nightly');
      const body = Buffer.concat([
        Buffer.from(head ?? ''),
        Buffer.from(bytes),
        Buffer.from(`Nightly${tail ?? ''}`),
      ]);
      const answer = await post('addQualityTask', body);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        resultCode: FAILURE_CODES.regularqualitytask.invalid,
        resultDesc: 'request body is not valid UTF-8 text',
      });
    }
    expect(sim.simulator.state.plans.length).toBe(plans);
  });

  it('random bytes on every endpoint: no 5xx, and the simulator keeps serving', async () => {
    const { post } = await setup();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
          fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s)),
          fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
        ),
        async (name, body) => expectCalmAnswer(await post(name, body)),
      ),
      { numRuns: 200 },
    );
    const answer = await post('addQualityTask', validText);
    expect(answer.json?.resultCode).toBe(SUCCESS_CODES.regularqualitytask);
  });
});
