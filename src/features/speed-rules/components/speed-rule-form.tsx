import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Controller,
  useForm,
  useFormState,
  useWatch,
  type Control,
  type UseFormReturn,
} from 'react-hook-form';
import { TwoColumnFields } from '@/components/two-column-fields';
import { paths } from '@/config/paths';
import { SPEED_MAX_LIMIT, SPEED_MIN } from '@/lib/contract';
import { usePersistedDraft } from '@/lib/drafts';
import { contractResolver } from '@/lib/form/contract-resolver';
import { useRetranslateErrors } from '@/lib/form/use-retranslate-errors';
import { intlLocaleOf, useTranslation } from '@/lib/i18n';
import { Link, useNavigate } from '@/lib/router';
import { useAddSpeedRule } from '../api/add-speed-rule';
import { useUpdateSpeedRule } from '../api/update-speed-rule';
import { diffSpeedRule } from '../model/diff';
import type { SpeedRuleFormValues } from '../model/form-values';
import {
  speedRuleDraftSchema,
  speedRuleFormSchema,
  type SpeedRuleFormMode,
} from '../model/form-schema';
import { prepareSave, type PreparedSave } from '../model/prepare-save';
import { ExceptionSentencesField } from './exception-sentences-field';
import { fieldSlotClassNames } from './field-slot';
import { LeaveGuard } from './leave-guard';
import { ReviewSaveModal } from './review-save-modal';
import { SpeedBand } from './speed-band';
import { TimeOffsetInput } from './time-offset-input';

export interface SpeedRuleFormProps {
  mode: SpeedRuleFormMode;
  /** What the server has now: the form starts here and the review compares with it. */
  original: SpeedRuleFormValues;
  /** localStorage key of this form's draft, e.g. "speed-rule.<id>". */
  draftKey: string;
}

export function SpeedRuleForm({ mode, original, draftKey }: SpeedRuleFormProps) {
  const { t, language } = useTranslation('speedRules');
  const navigate = useNavigate();
  const resolver = useMemo(() => contractResolver(speedRuleFormSchema(mode)), [mode]);
  const form = useForm<SpeedRuleFormValues, unknown, SpeedRuleFormValues>({
    resolver,
    defaultValues: original,
    mode: 'onChange',
  });
  useRetranslateErrors(form);
  const { control, formState, handleSubmit } = form;
  const speedId = original.setting.speed_id;

  const draft = usePersistedDraft({
    key: draftKey,
    form,
    parse: (raw) => {
      const parsed = speedRuleDraftSchema.safeParse(raw);
      // A draft of another rule (or of a rule since created) is not restored here, nor one
      // that would send exactly what the server already has.
      if (!parsed.success || parsed.data.setting.speed_id !== speedId) return undefined;
      return diffSpeedRule(original, parsed.data).length > 0 ? parsed.data : undefined;
    },
  });
  const { restoredAt } = draft;
  const discardEdits = draft.discard;
  useEffect(() => {
    // Show at once what is wrong with the restored draft, not only once it is edited.
    if (restoredAt) void form.trigger();
  }, [restoredAt, form]);

  const update = useUpdateSpeedRule();
  const add = useAddSpeedRule();
  const saving = update.isPending || add.isPending;
  const saveError = mode === 'update' ? update.error : add.error;
  const [review, setReview] = useState<PreparedSave | null>(null);
  // The review dialog fades out after `review` is back to null: meanwhile it shows the last one.
  const [shownReview, setShownReview] = useState<PreparedSave | null>(null);
  if (review !== null && review !== shownReview) setShownReview(review);
  const leavingRef = useRef(false);
  // isPending shows only after the next render: a fast double click would otherwise send twice.
  const sendingRef = useRef(false);

  const openReview = (values: SpeedRuleFormValues) => {
    const prepared = prepareSave(mode, values);
    if (!prepared) return;
    update.reset();
    add.reset();
    setReview(prepared);
  };

  const saved = (values: SpeedRuleFormValues) => {
    // Reset first: the saved values become the new "unchanged", then drop the draft.
    form.reset(values);
    draft.clear();
    setReview(null);
    notifications.show({
      color: 'teal',
      title: t('saved.title'),
      message: t(mode === 'update' ? 'saved.updated' : 'saved.created', {
        name: values.setting.name,
      }),
    });
  };

  const confirmSave = () => {
    if (!review || sendingRef.current) return;
    sendingRef.current = true;
    const onSettled = () => {
      sendingRef.current = false;
    };
    if (review.endpoint === 'updateSpeedRule') {
      update.mutate(review.request, { onSuccess: () => saved(review.values), onSettled });
    } else {
      add.mutate(review.request, {
        onSettled,
        onSuccess: (newId) => {
          saved(review.values);
          leavingRef.current = true;
          navigate(newId ? paths.speedRules.edit(newId) : paths.speedRules.list, {
            replace: true,
          });
        },
      });
    }
  };

  const changes = useMemo(
    () =>
      shownReview && mode === 'update' ? diffSpeedRule(original, shownReview.values) : undefined,
    [shownReview, mode, original],
  );

  return (
    <form onSubmit={handleSubmit(openReview)} noValidate aria-label={t('form.label')}>
      <Stack gap="lg">
        {restoredAt && (
          <Alert color="blue" variant="light" title={t('draft.restoredTitle')}>
            <Group justify="space-between" gap="sm">
              <span>
                {t('draft.restored', {
                  time: restoredAt.toLocaleString(intlLocaleOf(language)),
                })}
              </span>
              <Button size="compact-sm" variant="default" onClick={discardEdits}>
                {t('draft.discard')}
              </Button>
            </Group>
          </Alert>
        )}

        <Fieldset legend={t('form.basics')}>
          <TwoColumnFields>
            <NameField form={form} />
            <Controller
              control={control}
              name="setting.score"
              render={({ field, fieldState }) => (
                <NumberInput
                  {...numberInputProps(field)}
                  label={t('field.score')}
                  description={t('field.scoreHelp')}
                  error={fieldState.error?.message}
                  min={0}
                  max={100}
                  withAsterisk
                />
              )}
            />
          </TwoColumnFields>
        </Fieldset>

        <Fieldset legend={t('form.speed')}>
          <TwoColumnFields>
            <Controller
              control={control}
              name="setting.min"
              rules={{ deps: ['setting.max'] }}
              render={({ field, fieldState }) => (
                <NumberInput
                  {...numberInputProps(field)}
                  label={t('field.min')}
                  description={t('field.minHelp', SPEED_MIN)}
                  error={fieldState.error?.message}
                  min={SPEED_MIN.lowest}
                  max={SPEED_MIN.highest}
                  withAsterisk
                />
              )}
            />
            <Controller
              control={control}
              name="setting.max"
              render={({ field, fieldState }) => (
                <NumberInput
                  {...numberInputProps(field)}
                  label={t('field.max')}
                  description={t('field.maxHelp', { highest: SPEED_MAX_LIMIT })}
                  error={fieldState.error?.message}
                  min={1}
                  max={SPEED_MAX_LIMIT}
                  withAsterisk
                />
              )}
            />
          </TwoColumnFields>
          <WatchedSpeedBand control={control} />
        </Fieldset>

        <Fieldset legend={t('form.window')}>
          <TwoColumnFields>
            <TimeOffsetInput
              control={control}
              name="setting.other.call_from"
              deps="setting.other.call_end"
              label={t('field.call_from')}
              description={t('field.callFromHelp')}
            />
            <TimeOffsetInput
              control={control}
              name="setting.other.call_end"
              label={t('field.call_end')}
              description={t('field.callEndHelp')}
            />
          </TwoColumnFields>
        </Fieldset>

        <Fieldset legend={t('form.exceptions')}>
          <Stack gap="md">
            <ExceptionSentencesField control={control} direction="under" />
            <ExceptionSentencesField control={control} direction="over" />
          </Stack>
        </Fieldset>

        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Button type="submit">{t('form.review')}</Button>
            <Button variant="default" onClick={discardEdits} disabled={!formState.isDirty}>
              {t('form.discard')}
            </Button>
          </Group>
          <Anchor component={Link} to={paths.speedRules.list} size="sm">
            {t('form.backToList')}
          </Anchor>
        </Group>
      </Stack>

      {shownReview && (
        <ReviewSaveModal
          opened={review !== null}
          endpoint={shownReview.endpoint}
          changes={changes}
          requestText={shownReview.text}
          saving={saving}
          error={saveError}
          onConfirm={confirmSave}
          onClose={() => setReview(null)}
        />
      )}
      <LeaveGuard
        when={formState.isDirty && !saving}
        allowRef={leavingRef}
        onDiscard={discardEdits}
      />
    </form>
  );
}

/**
 * The rule's name. Its error is read here, not in the form: reading errors there would redraw the
 * whole form whenever any field is checked (typing the minimum re-checks the maximum).
 */
function NameField({ form }: { form: UseFormReturn<SpeedRuleFormValues, unknown> }) {
  const { t } = useTranslation('speedRules');
  const { errors } = useFormState({ control: form.control, name: 'setting.name' });
  return (
    <TextInput
      {...form.register('setting.name')}
      label={t('field.name')}
      description={t('field.nameHelp')}
      error={errors.setting?.name?.message}
      autoComplete="off"
      withAsterisk
      classNames={fieldSlotClassNames}
    />
  );
}

/** The speed band over the typed min and max: only it re-renders as they are typed. */
function WatchedSpeedBand({ control }: { control: Control<SpeedRuleFormValues> }) {
  const [min, max] = useWatch({ control, name: ['setting.min', 'setting.max'] });
  return <SpeedBand min={min} max={max} />;
}

/** The props every number field of this form shares: whole numbers, never clamped silently. */
function numberInputProps(field: {
  name: string;
  value: number | string;
  onChange: (value: number | string) => void;
  onBlur: () => void;
  ref: React.Ref<HTMLInputElement>;
}) {
  return {
    name: field.name,
    value: field.value,
    onChange: field.onChange,
    onBlur: field.onBlur,
    ref: field.ref,
    allowDecimal: false,
    allowNegative: false,
    clampBehavior: 'none' as const,
    thousandSeparator: false,
    classNames: fieldSlotClassNames,
  };
}
