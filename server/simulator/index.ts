export {
  createSimulator,
  type ReceivedRequest,
  type Simulator,
  type SimulatorOptions,
} from './simulator-server.ts';
export { REFERENCE_SPEED_RULE_ID, SEED_BIG_PLAN_ID } from './seed.ts';
