import { Button, Group, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { BusinessError } from '@/lib/api-errors';
import { stickyBottomBar } from '@/lib/dom/sticky-bottom-bar';
import { usePersistedDraft } from '@/lib/drafts';
import { contractResolver } from '@/lib/form/contract-resolver';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from '@/lib/router';
import { useAddQualityTask } from '../../api/add-quality-task';
import { PLAN_DRAFT_KEY, parsePlanDraft } from '../../model/draft';
import { newPlanValues, type PlanFormValues } from '../../model/form-values';
import type { Deviation } from '../../model/import-payload';
import { planFormSchema } from '../../model/plan-form-schema';
import { fieldFromResultDesc, type ServerFieldError } from '../../model/result-field';
import { STEP_FIELDS, WIZARD_STEPS, type PlanField, type WizardStep } from '../../model/steps';
import { toPayload } from '../../model/to-payload';
import { DraftNotice } from './draft-notice';
import { firstInvalidField, focusableField } from './first-invalid-field';
import { ImportJsonModal, ImportReport } from './import-json';
import { SendFailure, SendSuccess } from './send-outcome';
import { BasicsStep } from './steps/basics-step';
import { InspectorsStep } from './steps/inspectors-step';
import { PeriodStep } from './steps/period-step';
import { ReviewStep } from './steps/review-step';
import { ScopeStep } from './steps/scope-step';
import classes from './wizard.module.css';
import { SERVER_ERROR_TYPE, useRetranslateErrors } from '@/lib/form/use-retranslate-errors';
import { WizardBarSlotProvider } from './wizard-bar-slot';
import { WizardStepper } from './wizard-stepper';

// Built once: the resolver runs on every keystroke.
const planResolver = contractResolver(planFormSchema);

const LAST = WIZARD_STEPS.length - 1;

function stepIndex(value: string | null): number {
  const index = WIZARD_STEPS.indexOf(value as WizardStep);
  return index < 0 ? 0 : index;
}

/** /plans/new. "Create another plan" mounts a fresh wizard (new form, no leftover state). */
export function PlanWizardPage() {
  const [instance, setInstance] = useState(0);
  const [, setParams] = useSearchParams();
  const createAnother = () => {
    setParams({}, { replace: true });
    setInstance((n) => n + 1);
  };
  return (
    <PlanWizard
      key={instance}
      // Only the first wizard of the visit opens at the step in the URL (a reload); a new plan
      // starts at the beginning.
      stepFromUrl={instance === 0}
      onCreateAnother={createAnother}
    />
  );
}

interface Failure {
  error: Error;
  field?: ServerFieldError;
}

type FocusTarget = PlanField | 'heading';

/**
 * The plan wizard. This component holds the form and the step, but reads no form state while
 * rendering, so typing re-renders only the field being typed in (and what watches it).
 */
interface PlanWizardProps {
  stepFromUrl: boolean;
  onCreateAnother: () => void;
}

function PlanWizard({ stepFromUrl, onCreateAnother }: PlanWizardProps) {
  const { t } = useTranslation('plans');
  const [defaults] = useState(() => newPlanValues());
  const form = useForm<PlanFormValues>({
    defaultValues: defaults,
    resolver: planResolver,
    mode: 'onChange',
  });
  const draft = usePersistedDraft({ key: PLAN_DRAFT_KEY, form, parse: parsePlanDraft });
  useRetranslateErrors(form);
  const [draftNoticeClosed, setDraftNoticeClosed] = useState(false);

  // The step lives here; the URL only mirrors it (?step=), so a reload opens the same step.
  const [params, setParams] = useSearchParams();
  const [active, setActive] = useState(() => (stepFromUrl ? stepIndex(params.get('step')) : 0));
  const activeStep = WIZARD_STEPS[active] ?? 'basics';
  const [reached, setReached] = useState(active);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget } | null>(null);

  const send = useAddQualityTask();
  const submitting = useRef(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [created, setCreated] = useState<{ planId: string | undefined } | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [deviations, setDeviations] = useState<Deviation[] | null>(null);
  // The sticky bar's slot for what a step keeps in view (InWizardBar); set once the bar mounts.
  const [barSlot, setBarSlot] = useState<HTMLDivElement | null>(null);

  const goTo = useCallback(
    (step: WizardStep, focus: FocusTarget = 'heading') => {
      const index = WIZARD_STEPS.indexOf(step);
      setActive(index);
      setReached((r) => Math.max(r, index));
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('step', step);
          return next;
        },
        { replace: true },
      );
      setFocusRequest({ target: focus });
    },
    [setParams],
  );

  // Focus moves with the step (its heading, or the field an error is about) once it has rendered.
  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.target === 'heading') headingRef.current?.focus();
    else form.setFocus(focusRequest.target, { shouldSelect: false });
  }, [focusRequest, form]);

  const next = async () => {
    const ok = await form.trigger(STEP_FIELDS[activeStep], { shouldFocus: true });
    const following = WIZARD_STEPS[active + 1];
    if (ok && following) goTo(following);
  };

  const handleFailure = (error: Error) => {
    const field =
      error instanceof BusinessError ? fieldFromResultDesc(error.resultDesc) : undefined;
    setFailure({ error, field });
    if (field) {
      form.setError(field.field, {
        type: SERVER_ERROR_TYPE,
        message: t('send.serverSays', { message: field.message }),
      });
      goTo(field.step, focusableField(field.field));
    }
  };

  const sendPlan = async () => {
    // A second click while the first is still on its way must not send the plan twice.
    if (submitting.current) return;
    submitting.current = true;
    try {
      if (!(await form.trigger())) {
        const first = firstInvalidField(form.getValues());
        if (first) goTo(first.step, first.field);
        return;
      }
      setFailure(null);
      const planId = await send.mutateAsync(toPayload(form.getValues()));
      draft.clear();
      setCreated({ planId });
    } catch (error) {
      handleFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      submitting.current = false;
    }
  };

  const imported = (values: PlanFormValues, found: Deviation[]) => {
    setImportOpen(false);
    form.reset(values, { keepDefaultValues: true });
    setDeviations(found);
    setFailure(null);
    setReached(LAST);
    goTo('basics');
    // Show every problem at its field at once, and mark the steps that have them.
    void form.trigger();
  };

  if (created) {
    return <SendSuccess planId={created.planId} onCreateAnother={onCreateAnother} />;
  }

  const back = WIZARD_STEPS[active - 1];
  return (
    <FormProvider {...form}>
      <Stack gap="md" className={classes.page}>
        <Group justify="space-between" align="center" gap="sm">
          <Title order={1} size="h2">
            {t('wizard.title')}
          </Title>
          <Button variant="default" onClick={() => setImportOpen(true)}>
            {t('import.open')}
          </Button>
        </Group>

        {draft.restoredAt && !draftNoticeClosed && (
          <DraftNotice
            restoredAt={draft.restoredAt}
            onDiscard={() => {
              draft.discard();
              setDeviations(null);
              setFailure(null);
              setDraftNoticeClosed(true);
              goTo('basics');
            }}
            onClose={() => setDraftNoticeClosed(true)}
          />
        )}
        {deviations && <ImportReport deviations={deviations} onClose={() => setDeviations(null)} />}

        <WizardStepper active={active} reached={reached} onSelect={(step) => goTo(step)} />

        <form
          className={classes.form}
          noValidate
          aria-labelledby="wizard-step-heading"
          onSubmit={(event) => {
            event.preventDefault();
            void (active === LAST ? sendPlan() : next());
          }}
        >
          <Title
            order={2}
            size="h3"
            id="wizard-step-heading"
            ref={headingRef}
            tabIndex={-1}
            className={classes.stepHeading}
            mb="md"
          >
            {t(`steps.${activeStep}.title`)}
          </Title>

          <WizardBarSlotProvider value={barSlot}>
            {/*
              Steps mount once the draft is restored: the review reads the values only when it
              mounts, and a step mounted before would take the restore for the user's edits
              (fields re-checked against each other, errors on fields nobody touched).
            */}
            <div className={classes.stepContent}>
              {draft.ready && (
                <>
                  {activeStep === 'basics' && <BasicsStep />}
                  {activeStep === 'inspectors' && <InspectorsStep />}
                  {activeStep === 'period' && <PeriodStep />}
                  {activeStep === 'scope' && <ScopeStep />}
                  {activeStep === 'review' && <ReviewStep onGoToStep={(step) => goTo(step)} />}
                </>
              )}
            </div>
          </WizardBarSlotProvider>

          {/* The send outcome sits in the sticky bar, in view of the button that caused it. */}
          <div className={classes.footer} ref={stickyBottomBar} data-testid="wizard-bar">
            <div className={classes.barSlot} ref={setBarSlot} />
            {failure && (
              <div className={classes.failure}>
                <SendFailure
                  error={failure.error}
                  field={failure.field}
                  onRetry={() => void sendPlan()}
                  onGoToField={() => {
                    if (failure.field)
                      goTo(failure.field.step, focusableField(failure.field.field));
                  }}
                  onDismiss={() => setFailure(null)}
                />
              </div>
            )}

            <Group justify="space-between">
              <Button variant="default" onClick={() => back && goTo(back)} disabled={!back}>
                {t('wizard.back')}
              </Button>
              {active === LAST ? (
                <Button type="submit" loading={send.isPending} disabled={send.isPending}>
                  {t('wizard.send')}
                </Button>
              ) : (
                <Button type="submit">{t('wizard.next')}</Button>
              )}
            </Group>
          </div>
        </form>

        <ImportJsonModal
          opened={importOpen}
          onClose={() => setImportOpen(false)}
          onImported={imported}
        />
      </Stack>
    </FormProvider>
  );
}
