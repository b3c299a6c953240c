import * as z from 'zod/mini';
import {
  addSpeedRuleRequestSchema,
  updateSpeedRuleRequestSchema,
  type AddSpeedRuleRequest,
  type UpdateSpeedRuleRequest,
} from '@/lib/contract';
import {
  addDraftFromForm,
  updateDraftFromForm,
  type AddSpeedRuleDraft,
  type UpdateSpeedRuleDraft,
} from './conversions';
import type { SpeedRuleFormValues } from './form-values';
import { parseTimeOffset } from './time-offset';

/**
 * The editor's schema. The form-only part checks what exists only in the form (the "mm:ss"
 * text); every wire rule (name, score 0..100, min 1..220, max >= min, call_end >= call_from,
 * sentence ids) comes from the contract's request schema, run over the body the form would
 * send. The form is shaped like the body, so each contract issue already names a form field.
 */

export type SpeedRuleFormMode = 'add' | 'update';

export const TIME_OFFSET_RULE = 'timeOffset';

const timeOffsetTextSchema = z.string().check(
  z.refine((text) => parseTimeOffset(text).ok, {
    message: 'must be a time as mm:ss',
    params: { rule: TIME_OFFSET_RULE },
  }),
);

const numberFieldSchema = z.union([z.number(), z.string()]);

const pickedSentenceSchema = z.object({
  sentence_id: z.string(),
  sentence_name: z.nullish(z.string()),
  category_id: z.nullish(z.string()),
});

const pickedSentencesSchema = z.object({ customer: z.array(pickedSentenceSchema) });

const formShape = <T extends z.ZodMiniType<string, string>>(timeOffsetText: T) =>
  z.object({
    setting: z.object({
      speed_id: z.string(),
      name: z.string(),
      score: numberFieldSchema,
      min: numberFieldSchema,
      max: numberFieldSchema,
      other: z.object({ call_from: timeOffsetText, call_end: timeOffsetText }),
    }),
    exception: z.object({ under: pickedSentencesSchema, over: pickedSentencesSchema }),
  });

const formShapeSchema = formShape(timeOffsetTextSchema);

/** What a stored draft must look like to be restored: the form's shape, nothing checked yet. */
export const speedRuleDraftSchema = formShape(z.string());

const requestSchemas = {
  add: { schema: addSpeedRuleRequestSchema, draft: addDraftFromForm },
  update: { schema: updateSpeedRuleRequestSchema, draft: updateDraftFromForm },
} as const;

export function speedRuleFormSchema(mode: SpeedRuleFormMode) {
  const { schema, draft } = requestSchemas[mode];
  return formShapeSchema.check(
    z.superRefine((values, ctx) => {
      const body = draft(values);
      const issues = schema.safeParse(body).error?.issues ?? [];
      for (const issue of [...issues, ...speedOrderWhileIncomplete(schema, body, issues)]) {
        ctx.addIssue({ ...issue, path: [...issue.path] });
      }
    }),
  ) satisfies z.ZodMiniType<SpeedRuleFormValues, SpeedRuleFormValues>;
}

/**
 * zod runs an object's own rule (here max >= min) only once every field of it has the right
 * type, so on a half-filled new rule a missing score would hide "max below min". Check the order
 * again on a copy whose name and score are neutral, and keep only that rule's issue.
 */
function speedOrderWhileIncomplete(
  schema: z.ZodMiniType,
  body: AddSpeedRuleDraft,
  found: readonly z.core.$ZodIssue[],
): z.core.$ZodIssue[] {
  if (!mayHideSpeedOrder(found)) return [];
  const probe = { ...body, setting: { ...body.setting, name: 'probe', score: 0 } };
  return (schema.safeParse(probe).error?.issues ?? []).filter(isSpeedOrderIssue);
}

const NEUTRALIZED_FIELDS: readonly PropertyKey[] = ['name', 'score'];

/**
 * Whether the copy could show a hidden order issue: only when the setting's problems are all with
 * its name or score. With none, the order was checked; with any other (min, max, the window, the
 * id), it stays in the copy and keeps the rule from running there too.
 */
function mayHideSpeedOrder(found: readonly z.core.$ZodIssue[]): boolean {
  const setting = found.filter((issue) => issue.path[0] === 'setting');
  return (
    setting.length > 0 && setting.every((issue) => NEUTRALIZED_FIELDS.includes(issue.path[1] ?? ''))
  );
}

function isSpeedOrderIssue(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === 'custom' &&
    (issue.params as { rule?: unknown } | undefined)?.rule === 'speedOrder'
  );
}

export type RequestCheck<T> =
  { ok: true; request: T } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/**
 * The body to send, once the contract accepts it. The draft itself is sent (not zod's output),
 * so the text the preview shows is built from the very object that goes on the wire.
 */
export function checkUpdateRequest(
  values: SpeedRuleFormValues,
): RequestCheck<UpdateSpeedRuleRequest> {
  return checked(updateSpeedRuleRequestSchema, updateDraftFromForm(values));
}

export function checkAddRequest(values: SpeedRuleFormValues): RequestCheck<AddSpeedRuleRequest> {
  return checked(addSpeedRuleRequestSchema, addDraftFromForm(values));
}

function checked<T>(
  schema: z.ZodMiniType<unknown, T>,
  draft: AddSpeedRuleDraft | UpdateSpeedRuleDraft,
): RequestCheck<T> {
  const result = schema.safeParse(draft);
  // Safe: the contract schema just accepted this very object; its input type is T.
  return result.success
    ? { ok: true, request: draft as T }
    : { ok: false, issues: result.error.issues };
}
