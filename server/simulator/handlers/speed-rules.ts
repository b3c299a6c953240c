import { takeId, type SimulatorState, type SpeedRuleRecord } from '../state.ts';
import { notFound, pageOf, success, type Handler } from './answers.ts';

/** speedrule: speech-speed rules and the customer sentences that excuse a violation. */

const GROUP = 'speedrule';

const ruleNotFound = (field: string, id: string) => notFound(GROUP, field, id, 'speed rule');

export const addSpeedRule: Handler<'addSpeedRule'> = (request, ctx) => {
  const speedId = ctx.store.change((state) => {
    const id = takeId(state);
    state.speedRules.push({
      id,
      setting: request.setting,
      underSentenceIds: request.exception.under.customer ?? [],
      overSentenceIds: request.exception.over.customer ?? [],
    });
    return id;
  });
  return success(GROUP, { speed_id: speedId });
};

export const updateSpeedRule: Handler<'updateSpeedRule'> = (request, ctx) => {
  const { speed_id: id, ...setting } = request.setting;
  const found = ctx.store.change((state) => {
    const rule = state.speedRules.find((r) => r.id === id);
    if (rule === undefined) return false;
    rule.setting = setting;
    rule.underSentenceIds = request.exception.under.customer ?? [];
    rule.overSentenceIds = request.exception.over.customer ?? [];
    return true;
  });
  return found ? success(GROUP) : ruleNotFound('setting.speed_id', id);
};

export const querySpeedRules: Handler<'querySpeedRules'> = (request, ctx) => {
  const keyword = request.keyword?.trim().toLowerCase() ?? '';
  const matching = ctx.store.state.speedRules
    .filter((rule) => rule.setting.name.toLowerCase().includes(keyword))
    .reverse(); // newest first
  return success(GROUP, {
    data: pageOf(matching, request.page, request.limit).map((rule) => ({
      speed_id: rule.id,
      name: rule.setting.name,
      score: rule.setting.score,
      min: rule.setting.min,
      max: rule.setting.max,
    })),
    paging: { page: request.page, limit: request.limit, total: matching.length },
  });
};

export const querySpeedRuleById: Handler<'querySpeedRuleById'> = (request, ctx) => {
  const rule = ctx.store.state.speedRules.find((r) => r.id === request.speed_id);
  if (rule === undefined) return ruleNotFound('speed_id', request.speed_id);
  const { setting } = rule;
  return success(GROUP, {
    setting: {
      speed_id: rule.id,
      name: setting.name,
      score: setting.score,
      min: setting.min,
      max: setting.max,
      other: {
        call_from: setting.other?.call_from ?? null,
        call_end: setting.other?.call_end ?? null,
      },
    },
    exception: {
      under: { customer: sentenceRefs(ctx.store.state, rule.underSentenceIds) },
      over: { customer: sentenceRefs(ctx.store.state, rule.overSentenceIds) },
    },
  });
};

export const deleteSpeedRule: Handler<'deleteSpeedRule'> = (request, ctx) => {
  const found = ctx.store.change((state) => {
    const before = state.speedRules.length;
    state.speedRules = state.speedRules.filter((r) => r.id !== request.speed_id);
    return state.speedRules.length < before;
  });
  return found ? success(GROUP) : ruleNotFound('speed_id', request.speed_id);
};

/**
 * The answer names each sentence. An id the sentence store does not know (e.g. the reference
 * example's "11064") is kept and answered with null name and category (decision 016).
 */
function sentenceRefs(state: SimulatorState, ids: SpeedRuleRecord['underSentenceIds']) {
  return ids.map((id) => {
    const sentence = state.sentences.find((s) => s.id === id);
    return {
      sentence_id: id,
      sentence_name: sentence?.text ?? null,
      category_id: sentence?.categoryId ?? null,
    };
  });
}
