import { Stepper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { PlanFormValues } from '../../model/form-values';
import { stepsWithErrors, WIZARD_STEPS, type WizardStep } from '../../model/steps';
import classes from './wizard.module.css';

export interface WizardStepperProps {
  active: number;
  /** The furthest step reached: steps up to it can be opened from the header. */
  reached: number;
  onSelect: (step: WizardStep) => void;
}

/**
 * The step header. It marks steps that have errors; it learns about errors through a form
 * subscription and only re-renders when the set of steps with errors changes, not per keystroke.
 */
export function WizardStepper({ active, reached, onSelect }: WizardStepperProps) {
  const { t } = useTranslation('plans');
  const { subscribe } = useFormContext<PlanFormValues>();
  const [flags, setFlags] = useState('');

  useEffect(
    () =>
      subscribe({
        formState: { errors: true },
        callback: ({ errors }) =>
          setFlags(stepsWithErrors((errors ?? {}) as Record<string, unknown>)),
      }),
    [subscribe],
  );

  return (
    <nav aria-label={t('steps.label')} className={classes.nav}>
      <Stepper
        active={active}
        onStepClick={(index) => {
          const step = WIZARD_STEPS[index];
          if (step) onSelect(step);
        }}
        size="sm"
        classNames={{ root: classes.stepper, stepBody: classes.stepBody, steps: classes.steps }}
      >
        {WIZARD_STEPS.map((step, index) => {
          const hasErrors = flags[index] === '1';
          return (
            <Stepper.Step
              key={step}
              label={t(`steps.${step}.label`)}
              description={hasErrors ? t('steps.hasErrors') : t(`steps.${step}.description`)}
              color={hasErrors ? 'red' : undefined}
              completedIcon={hasErrors ? '!' : undefined}
              icon={hasErrors ? '!' : undefined}
              allowStepSelect={index <= reached && index !== active}
              data-has-errors={hasErrors || undefined}
              aria-current={index === active ? 'step' : undefined}
            />
          );
        })}
      </Stepper>
      <Text className={classes.compactStep} size="sm" c="dimmed" aria-hidden="true">
        {t('steps.position', {
          n: active + 1,
          total: WIZARD_STEPS.length,
          name: t(`steps.${WIZARD_STEPS[active] ?? 'basics'}.label`),
        })}
      </Text>
    </nav>
  );
}
