import {
  INTERACTION_TYPE,
  QUALITY_CONDITION,
  QUALITY_TYPE,
  SET_COUNTS_TYPE,
  type AddQualityTaskRequest,
} from '@/lib/contract';
import type { Language, TFunction } from '@/lib/i18n';
import { formatDuration } from './duration';
import { describeSchedule } from './schedule-sentence';

/** How many inspectors or agents a summary names before saying "and N more". */
const NAMED = 5;

function listNames(names: readonly string[], t: TFunction): string {
  const shown = names.slice(0, NAMED).join(', ');
  return names.length > NAMED
    ? t('summary.andMore', { list: shown, count: names.length - NAMED })
    : shown;
}

/**
 * The whole plan in plain language, one sentence per part, for the review step. Works on the
 * body that will be sent, so it describes exactly what the server receives.
 */
export function summarizePlan(
  body: AddQualityTaskRequest,
  t: TFunction,
  language: Language,
): string[] {
  const lines: string[] = [];
  lines.push(
    body.currentRole
      ? t('summary.nameWithRole', { name: body.qiqtName, role: body.currentRole })
      : t('summary.name', { name: body.qiqtName }),
  );

  const { setCountsType, setCounts } = body.appointQuality;
  const byPercentage = setCountsType === SET_COUNTS_TYPE.percentage;
  const shares = setCounts.map((row) =>
    byPercentage
      ? t('summary.sharePercent', { id: row.personID, count: row.count ?? 0 })
      : t('summary.shareCount', { id: row.personID, count: row.count ?? 0 }),
  );
  lines.push(
    t(byPercentage ? 'summary.inspectorsByPercentage' : 'summary.inspectorsOnAverage', {
      count: setCounts.length,
      list: listNames(shares, t),
    }),
  );

  lines.push(
    t('summary.schedule', { sentence: describeSchedule(body.cronStructure, t, language) }),
  );

  const fixed = body.extractionRange.fixedColumns;
  const kind = t(
    fixed.interactionType === INTERACTION_TYPE.text
      ? 'summary.kind.text'
      : 'summary.kind.recording',
  );
  const quantity = Number(fixed.qualityNum);
  const maximum = fixed.maxNum === undefined ? 0 : Number(fixed.maxNum);
  lines.push(
    fixed.qualityType === QUALITY_TYPE.callScope
      ? t('summary.sample.callScope', { kind, count: quantity, max: maximum })
      : fixed.qualityType === QUALITY_TYPE.agentQuantity
        ? t('summary.sample.agentQuantity', { kind, count: quantity })
        : t('summary.sample.agentPercentage', { kind, count: quantity, max: maximum }),
  );

  const conditions: string[] = [
    t(
      fixed.qualityCondition === QUALITY_CONDITION.notSampled
        ? 'summary.condition.notSampled'
        : fixed.qualityCondition === QUALITY_CONDITION.sampled
          ? 'summary.condition.sampled'
          : 'summary.condition.any',
    ),
  ];
  const range = (from: string | undefined, to: string | undefined, key: string) => {
    if (from !== undefined && to !== undefined) return t(`${key}.between`, { from, to });
    if (from !== undefined) return t(`${key}.atLeast`, { from });
    if (to !== undefined) return t(`${key}.atMost`, { to });
    return undefined;
  };
  const duration = range(
    fixed.durationStart === undefined ? undefined : formatDuration(fixed.durationStart),
    fixed.durationEnd === undefined ? undefined : formatDuration(Number(fixed.durationEnd)),
    'summary.duration',
  );
  const score = range(fixed.scoreStart, fixed.scoreEnd, 'summary.score');
  if (duration) conditions.push(duration);
  if (score) conditions.push(score);
  conditions.push(
    fixed.staffIds && fixed.staffIds.length > 0
      ? t('summary.agents', { count: fixed.staffIds.length, list: listNames(fixed.staffIds, t) })
      : t('summary.allAgents'),
  );
  lines.push(t('summary.conditions', { list: conditions.join(t('summary.separator')) }));
  return lines;
}
