import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validPlan } from '../../testing/fixtures.ts';
import { closeAll, simulatorClient, startSimulator, tempDir } from '../../testing/servers.ts';
import { createSimulator } from '../simulator-server.ts';

afterEach(closeAll);

describe('simulator persistence (CCSQM_SIMULATOR_DATA)', () => {
  it('writes the seed on first start and keeps changes across a restart', async () => {
    const dataFile = path.join(tempDir(), 'nested', 'sim.json');
    const first = await startSimulator({ dataFile });
    expect(existsSync(dataFile)).toBe(true);
    const api = await simulatorClient(first.url);
    const objId = String(
      (await api.call('addQualityTask', validPlan({ qiqtName: 'Survives' }))).json?.objId,
    );
    await first.simulator.close();

    const second = await startSimulator({ dataFile });
    const again = await simulatorClient(second.url);
    const list = await again.call('queryQualityTask', { page: 1, rows: 50 });
    expect(list.json?.list).toEqual(
      expect.arrayContaining([expect.objectContaining({ qiqtId: objId, qiqtName: 'Survives' })]),
    );
    // The id counter continues: no id is handed out twice.
    const next = String((await again.call('addQualityTask', validPlan())).json?.objId);
    expect(BigInt(next)).toBeGreaterThan(BigInt(objId));
    // Atomic write: only the data file is left, no temp files.
    expect(readdirSync(path.dirname(dataFile))).toEqual(['sim.json']);
    expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('refuses to start on a file that is not valid simulator data, naming the variable', () => {
    const dataFile = path.join(tempDir(), 'bad.json');
    writeFileSync(dataFile, '{"version":1,"plans":"nope"}');
    expect(() => createSimulator({ appKey: 'k', appSecret: 's', dataFile })).toThrow(
      /CCSQM_SIMULATOR_DATA\) is not valid simulator data: nextId/,
    );
    writeFileSync(dataFile, 'not json');
    expect(() => createSimulator({ appKey: 'k', appSecret: 's', dataFile })).toThrow(/is not JSON/);
  });

  it('answers 500 and changes nothing when the file cannot be written', async () => {
    const folder = path.join(tempDir(), 'data');
    const dataFile = path.join(folder, 'sim.json');
    const { url, simulator } = await startSimulator({ dataFile });
    const api = await simulatorClient(url);
    const before = simulator.state.plans.length;
    // The data folder turns into a plain file: every save now fails, even for root.
    renameSync(folder, `${folder}-moved`);
    writeFileSync(folder, 'in the way');

    const answer = await api.call('addQualityTask', validPlan());
    expect(answer.status).toBe(500);
    expect(answer.json?.resultCode).toBe('SIM_PERSIST_FAILED');
    expect(answer.json?.resultDesc).toContain('CCSQM_SIMULATOR_DATA');
    expect(simulator.state.plans.length).toBe(before);
  });
});
