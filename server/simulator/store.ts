import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describeIssues } from '../../src/lib/contract/index.ts';
import { createSeedState } from './seed.ts';
import { simulatorStateSchema, type SimulatorState } from './state.ts';

export class PersistError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `could not save the simulator data to ${file} (CCSQM_SIMULATOR_DATA): ${errorCode(cause)}`,
      { cause },
    );
    this.name = 'PersistError';
  }
}

/**
 * The simulator's state, in memory and optionally in a JSON file. Every change goes through
 * `change`, which saves atomically (write a temp file, then rename) and rolls the change back if
 * the save fails, so memory and file never disagree.
 */
export class SimulatorStore {
  private constructor(
    public state: SimulatorState,
    private readonly file: string | undefined,
  ) {}

  static open(file: string | undefined, now: number): SimulatorStore {
    if (file === undefined) return new SimulatorStore(createSeedState(now), undefined);
    const loaded = readStateFile(file);
    const store = new SimulatorStore(loaded ?? createSeedState(now), file);
    if (loaded === undefined) store.save();
    return store;
  }

  change<T>(apply: (state: SimulatorState) => T): T {
    // Memory only: nothing can fail after the change (handlers check before they change), and a
    // copy of the whole state per call would make a long run quadratic (the load test adds 10,000
    // plans).
    if (this.file === undefined) return apply(this.state);
    const before = structuredClone(this.state);
    try {
      const result = apply(this.state);
      this.save();
      return result;
    } catch (error) {
      this.state = before;
      throw error;
    }
  }

  private save(): void {
    if (this.file === undefined) return;
    // "data.json" -> "data.<pid>-<random>.tmp.json": same folder (rename stays atomic), same ignore rule.
    const { dir, name, ext } = path.parse(this.file);
    const temp = path.join(
      dir,
      `${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp${ext}`,
    );
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temp, `${JSON.stringify(this.state, null, 2)}\n`, 'utf8');
      fs.renameSync(temp, this.file);
    } catch (error) {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // The folder itself is gone or unusable: there is no temp file to clean up.
      }
      throw new PersistError(this.file, error);
    }
  }
}

/** undefined when the file does not exist yet; throws when it exists but is not usable. */
function readStateFile(file: string): SimulatorState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new Error(
      `cannot read the simulator data file ${file} (CCSQM_SIMULATOR_DATA): ${errorCode(error)}`,
      { cause: error },
    );
  }
  const fix = 'Fix it, or move it away to start again from the seed data.';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the simulator data file ${file} (CCSQM_SIMULATOR_DATA) is not JSON. ${fix}`);
  }
  const parsed = simulatorStateSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `the simulator data file ${file} (CCSQM_SIMULATOR_DATA) is not valid simulator data: ${describeIssues(parsed.error.issues)}. ${fix}`,
    );
  }
  return parsed.data;
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
