import * as z from 'zod/mini';
import {
  appointQualitySchema,
  cronStructureSchema,
  END_TYPE,
  fixedColumnsSchema,
  nameSchema,
} from '@/lib/contract';
import { t } from '@/lib/i18n';
import { parseDuration } from './duration';
import type {
  AppointQualityValues,
  CronValues,
  FixedColumnsValues,
  PlanFormValues,
} from './form-values';
import { readLocalDateTime } from './local-time';
import { appointQualityToWire, cronToWire, fixedColumnsToWire } from './to-payload';

/**
 * The wizard's validation: each part of the form is converted to its wire shape and judged by the
 * contract's own schema (the rules the server applies), so the form and the server cannot
 * disagree. Before that, text that cannot be converted at all ("12a" in a count, "1:7x" in a
 * duration) gets its own message, and the contract does not see that field, so it does not add a
 * second, confusing one. Built once, at module load: the resolver runs it on every keystroke.
 */

type Path = (string | number)[];
interface TextIssue {
  path: Path;
  issue: z.core.$ZodRawIssue;
}

const wholeNumberIssue = (input: string): z.core.$ZodRawIssue =>
  ({
    code: 'invalid_type',
    expected: 'int',
    input,
    message: 'must be a whole number',
  }) as z.core.$ZodRawIssue;

// Translated when the check runs, so the message follows the current language.
const plainIssue = (key: string): z.core.$ZodRawIssue => ({
  code: 'custom',
  input: undefined,
  message: t(`plans:${key}`),
});

const isWholeNumberText = (text: string) => text.trim() === '' || /^\d+$/.test(text.trim());

function dateTimeIssue(text: string): z.core.$ZodRawIssue | undefined {
  const reading = readLocalDateTime(text);
  if (reading.kind === 'invalid') return plainIssue('errors.invalidDateTime');
  if (reading.kind === 'nonexistent') return plainIssue('errors.nonexistentTime');
  return undefined;
}

const isDurationText = (text: string) => !Number.isNaN(parseDuration(text) ?? 0);

function deletePath(target: unknown, path: Path): void {
  let node = target as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) node = node?.[key] as typeof node;
  const last = path[path.length - 1];
  if (node && last !== undefined) Reflect.deleteProperty(node, last);
}

const samePath = (a: readonly PropertyKey[], b: Path) =>
  a.length === b.length && a.every((key, i) => key === b[i]);

/** A form part judged by text checks, then by the contract schema on its wire shape. */
function throughContract<Values>(
  textIssues: (values: Values) => TextIssue[],
  toWire: (values: Values) => unknown,
  contract: z.ZodMiniType,
) {
  return z.custom<Values>().check(
    z.superRefine((values, ctx) => {
      const own = textIssues(values);
      const wire = toWire(values);
      for (const { path, issue } of own) {
        ctx.addIssue({ ...issue, path } as z.core.$ZodRawIssue);
        deletePath(wire, path);
      }
      const result = contract.safeParse(wire, { reportInput: true });
      if (result.success) return;
      for (const issue of result.error.issues) {
        if (own.some(({ path }) => samePath(issue.path, path))) continue;
        ctx.addIssue({ ...issue, path: [...issue.path] } as z.core.$ZodRawIssue);
      }
    }),
  );
}

const appointQualityFormSchema = throughContract<AppointQualityValues>(
  (values) =>
    values.setCounts.flatMap((row, i) =>
      isWholeNumberText(row.count)
        ? []
        : [{ path: ['setCounts', i, 'count'], issue: wholeNumberIssue(row.count) }],
    ),
  appointQualityToWire,
  appointQualitySchema,
);

const cronFormSchema = throughContract<CronValues>(
  (values) => {
    const issues: TextIssue[] = [];
    const start = dateTimeIssue(values.qiqtStartTime);
    if (start) issues.push({ path: ['qiqtStartTime'], issue: start });
    if (values.qiqtEndType === END_TYPE.byRuns) {
      if (!isWholeNumberText(values.qiqtTotalTimes)) {
        issues.push({ path: ['qiqtTotalTimes'], issue: wholeNumberIssue(values.qiqtTotalTimes) });
      }
    } else {
      const end = dateTimeIssue(values.qiqtEndTime);
      if (end) issues.push({ path: ['qiqtEndTime'], issue: end });
    }
    return issues;
  },
  cronToWire,
  cronStructureSchema,
);

const fixedColumnsFormSchema = throughContract<FixedColumnsValues>(
  (values) =>
    (['durationStart', 'durationEnd'] as const)
      .filter((key) => !isDurationText(values[key]))
      .map((key) => ({ path: [key], issue: plainIssue('errors.durationFormat') })),
  fixedColumnsToWire,
  fixedColumnsSchema,
);

export const planFormSchema = z.object({
  qiqtName: nameSchema,
  currentRole: z.string(),
  appointQuality: appointQualityFormSchema,
  cronStructure: cronFormSchema,
  extractionRange: z.object({ fixedColumns: fixedColumnsFormSchema }),
}) satisfies z.ZodMiniType<PlanFormValues, PlanFormValues>;
