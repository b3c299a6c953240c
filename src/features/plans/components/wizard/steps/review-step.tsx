import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { JsonPreview } from '@/components/json-preview';
import { serializeRequest } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n';
import { buildCurl } from '../../../model/curl';
import type { PlanFormValues } from '../../../model/form-values';
import { planFormSchema } from '../../../model/plan-form-schema';
import { summarizePlan } from '../../../model/plan-summary';
import { stepOfField, WIZARD_STEPS, type WizardStep } from '../../../model/steps';
import { toPayload } from '../../../model/to-payload';
import { planWarnings } from '../../../model/warnings';
import { readableAlertTitle } from '../../fields/error-slot';

export interface ReviewStepProps {
  onGoToStep: (step: WizardStep) => void;
}

/**
 * The plan in words, the exact body that will be sent, the same as curl, and warnings. Built once
 * when the step opens (the values cannot change on this step), so typing elsewhere never pays for
 * the preview.
 */
export function ReviewStep({ onGoToStep }: ReviewStepProps) {
  const { t, language } = useTranslation('plans');
  const { getValues } = useFormContext<PlanFormValues>();

  const [review] = useState(() => {
    const values = getValues();
    const checked = planFormSchema.safeParse(values);
    if (!checked.success) {
      const steps = new Set<WizardStep>();
      for (const issue of checked.error.issues) {
        const step = stepOfField(issue.path.map(String).join('.'));
        if (step) steps.add(step);
      }
      return { ok: false as const, steps: WIZARD_STEPS.filter((s) => steps.has(s)) };
    }
    const body = toPayload(values);
    const bodyText = serializeRequest('addQualityTask', body);
    return {
      ok: true as const,
      body,
      bodyText,
      curl: buildCurl(bodyText),
      warnings: planWarnings(body, Math.floor(Date.now() / 1000)),
    };
  });

  const summary = useMemo(
    () => (review.ok ? summarizePlan(review.body, t, language) : []),
    [review, t, language],
  );

  if (!review.ok) {
    return (
      <Alert color="red" title={t('review.invalid.title')}>
        <Text size="sm" mb="sm">
          {t('review.invalid.body')}
        </Text>
        <Group gap="xs">
          {review.steps.map((step) => (
            <Button
              key={step}
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => onGoToStep(step)}
            >
              {t(`steps.${step}.label`)}
            </Button>
          ))}
        </Group>
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <section aria-labelledby="review-summary">
        <Title order={3} size="h4" id="review-summary" mb="xs">
          {t('review.summaryTitle')}
        </Title>
        <List spacing={4} data-testid="plan-summary">
          {summary.map((line, i) => (
            <List.Item key={i}>{line}</List.Item>
          ))}
        </List>
      </section>

      {review.warnings.length > 0 && (
        <Alert
          color="yellow"
          title={t('review.warningsTitle')}
          data-testid="plan-warnings"
          classNames={readableAlertTitle}
        >
          <List size="sm" spacing={4}>
            {review.warnings.map((warning, i) => (
              <List.Item key={`${warning.key}-${i}`}>
                {t(`warnings.${warning.key}`, warning.values)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <section aria-labelledby="review-payload">
        <Title order={3} size="h4" id="review-payload" mb={4}>
          {t('review.payloadTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('review.payloadHint')}
        </Text>
        <JsonPreview
          text={review.bodyText}
          fileName="addQualityTask.json"
          label={t('review.payloadLabel')}
        />
      </section>

      <section aria-labelledby="review-curl">
        <Title order={3} size="h4" id="review-curl" mb={4}>
          {t('review.curlTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('review.curlHint')}
        </Text>
        <JsonPreview
          text={review.curl}
          fileName="addQualityTask.sh"
          label={t('review.curlLabel')}
          plain
        />
      </section>
    </Stack>
  );
}
