import { afterEach, describe, expect, it } from 'vitest';
import { FAILURE_CODES, SUCCESS_CODES } from '../../../src/lib/contract/index.ts';
import { closeAll, simulatorClient, startSimulator } from '../../testing/servers.ts';

afterEach(closeAll);

const OK = SUCCESS_CODES.sentencemanage;
type Row = Record<string, unknown>;

async function api() {
  const { url } = await startSimulator();
  return simulatorClient(url);
}

describe('simulator sentences', () => {
  it('lists 4-5 categories with string ids', async () => {
    const client = await api();
    const answer = await client.call('querySentenceCategory', {});
    expect(answer.json?.resultCode).toBe(OK);
    const data = answer.json?.data as Row[];
    expect(data.length).toBeGreaterThanOrEqual(4);
    expect(data.length).toBeLessThanOrEqual(5);
    for (const row of data) expect(row.category_id).toMatch(/^\d{18,20}$/);
  });

  it('pages the sentences of a category, each with 8-30 sentences', async () => {
    const client = await api();
    const categories = (await client.call('querySentenceCategory', {})).json?.data as Row[];
    for (const category of categories) {
      const id = String(category.category_id);
      const all = await client.call('querySentenceByCategoryId', {
        category_id: id,
        page: 1,
        limit: 100,
      });
      const total = Number((all.json?.paging as Row).total);
      expect(total).toBeGreaterThanOrEqual(8);
      expect(total).toBeLessThanOrEqual(30);
      for (const row of all.json?.data as Row[]) expect(row.category_id).toBe(id);

      const second = await client.call('querySentenceByCategoryId', {
        category_id: id,
        page: 2,
        limit: 3,
      });
      expect(second.json?.data).toEqual((all.json?.data as Row[]).slice(3, 6));
    }
  });

  it('filters by keyword, Chinese included', async () => {
    const client = await api();
    const categories = (await client.call('querySentenceCategory', {})).json?.data as Row[];
    const pace = categories.find((c) => c.name === 'Pace & clarity');
    const answer = await client.call('querySentenceByCategoryId', {
      category_id: String(pace?.category_id),
      page: 1,
      limit: 10,
      keyword: '慢',
    });
    expect((answer.json?.data as Row[]).map((r) => r.sentence_name)).toEqual(['麻烦你慢一点说。']);
  });

  it('an unknown category answers notFound naming category_id; a bad one is invalid', async () => {
    const client = await api();
    const unknown = await client.call('querySentenceByCategoryId', {
      category_id: '99',
      page: 1,
      limit: 5,
    });
    expect(unknown.json).toEqual({
      resultCode: FAILURE_CODES.sentencemanage.notFound,
      resultDesc: 'category_id names no existing sentence category (99)',
    });
    const bad = await client.raw('querySentenceByCategoryId', {
      category_id: 'x',
      page: 0,
      limit: 5,
    });
    expect(bad.json).toEqual({
      resultCode: FAILURE_CODES.sentencemanage.invalid,
      resultDesc: 'category_id must be an id of 1 to 20 digits; page must be at least 1',
    });
  });
});
