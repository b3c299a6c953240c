import { PLAN_STATUS } from '../../../src/lib/contract/index.ts';
import { executedRuns, summarisePlan } from '../plan-summary.ts';
import { takeId, type PlanRecord, type SimulatorState } from '../state.ts';
import { invalid, notFound, pageOf, success, type CallContext, type Handler } from './answers.ts';

/** regularqualitytask: scheduled sample-inspection plans. */

const GROUP = 'regularqualitytask';
const ID_FIELD = 'regularQualityTaskId';

const findPlan = (state: SimulatorState, id: string) => state.plans.find((p) => p.id === id);
const planNotFound = (id: string) => notFound(GROUP, ID_FIELD, id, 'plan');

/** Applies `change` to the named plan and saves, or answers "not found". */
function withPlan(ctx: CallContext, id: string, change: (plan: PlanRecord) => void) {
  const found = ctx.store.change((state) => {
    const plan = findPlan(state, id);
    if (plan !== undefined) change(plan);
    return plan !== undefined;
  });
  return found ? success(GROUP) : planNotFound(id);
}

/** Freezes the runs of the current running period into executedBefore. */
function closeRunningPeriod(plan: PlanRecord, now: number): void {
  plan.executedBefore = executedRuns(plan, now);
  plan.runningSince = null;
}

export const addQualityTask: Handler<'addQualityTask'> = (request, ctx) => {
  const creator = ctx.operatorId;
  if (creator === undefined) return invalid(GROUP, 'x-UserId header is required (the operator id)');
  const objId = ctx.store.change((state) => {
    const id = takeId(state);
    state.plans.push({
      id,
      definition: request,
      // New plans start stopped: the director reviews the plan, then starts it (decision 015).
      status: PLAN_STATUS.stopped,
      createdAt: ctx.now,
      creator,
      runningSince: null,
      executedBefore: 0,
    });
    return id;
  });
  return success(GROUP, { objId });
};

export const updateQualityTask: Handler<'updateQualityTask'> = (request, ctx) => {
  const { regularQualityTaskId, ...definition } = request;
  return withPlan(ctx, regularQualityTaskId, (plan) => {
    const wasRunning = plan.status === PLAN_STATUS.running;
    closeRunningPeriod(plan, ctx.now);
    plan.definition = definition;
    // A running plan keeps running on its new schedule, counting from now.
    if (wasRunning) plan.runningSince = ctx.now;
  });
};

export const queryQualityTask: Handler<'queryQualityTask'> = (request, ctx) => {
  const newestFirst = [...ctx.store.state.plans].sort(
    (a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id),
  );
  return success(GROUP, {
    total: newestFirst.length,
    list: pageOf(newestFirst, request.page, request.rows).map((p) => summarisePlan(p, ctx.now)),
  });
};

export const beginQualityTask: Handler<'beginQualityTask'> = (request, ctx) =>
  withPlan(ctx, request.regularQualityTaskId, (plan) => {
    if (plan.status === PLAN_STATUS.running) return;
    plan.status = PLAN_STATUS.running;
    plan.runningSince = ctx.now;
  });

export const stopQualityTask: Handler<'stopQualityTask'> = (request, ctx) =>
  withPlan(ctx, request.regularQualityTaskId, (plan) => {
    if (plan.status === PLAN_STATUS.stopped) return;
    closeRunningPeriod(plan, ctx.now);
    plan.status = PLAN_STATUS.stopped;
  });

export const deleteQualityTask: Handler<'deleteQualityTask'> = (request, ctx) => {
  const id = request.regularQualityTaskId;
  const found = ctx.store.change((state) => {
    const before = state.plans.length;
    state.plans = state.plans.filter((p) => p.id !== id);
    return state.plans.length < before;
  });
  return found ? success(GROUP) : planNotFound(id);
};

/** Digit strings of any length, compared as numbers without a JS number. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
