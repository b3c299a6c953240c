import { SimpleGrid, Stack } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { TwoColumnFields } from '@/components/two-column-fields';
import { INTERACTION_TYPE, QUALITY_CONDITION, QUALITY_TYPE } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import {
  usesMaxNum,
  type InteractionType,
  type PlanFormValues,
  type QualityCondition,
  type QualityType,
} from '../../../model/form-values';
import type { PlanField } from '../../../model/steps';
import { ChoiceField } from '../../fields/choice-field';
import { DurationField } from '../../fields/duration-field';
import { TagsField } from '../../fields/tags-field';
import { TextField } from '../../fields/text-field';
import { RevalidateOnChange } from '../use-revalidate';

const FIXED = 'extractionRange.fixedColumns';

// Fields whose rule depends on another one: re-checked when that one changes.
const AFTER_SAMPLE_TYPE: PlanField[] = [`${FIXED}.qualityNum`, `${FIXED}.maxNum`];
const AFTER_SHORTEST: PlanField[] = [`${FIXED}.durationEnd`];
const AFTER_LOWEST: PlanField[] = [`${FIXED}.scoreEnd`];

/** The quantity field means something different for each way of sampling: say which. */
const QUANTITY_KEYS: Record<QualityType, string> = {
  [QUALITY_TYPE.callScope]: 'callScope',
  [QUALITY_TYPE.agentQuantity]: 'agentQuantity',
  [QUALITY_TYPE.agentPercentage]: 'agentPercentage',
};

export function ScopeStep() {
  const { t } = useTranslation('plans');
  const qualityType = useWatch<PlanFormValues, `${typeof FIXED}.qualityType`>({
    name: `${FIXED}.qualityType`,
  });
  const kind = QUANTITY_KEYS[qualityType];

  return (
    <Stack gap={0}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing={0}>
        <ChoiceField<InteractionType>
          name={`${FIXED}.interactionType`}
          label={t('scope.interaction.label')}
          options={[
            { value: INTERACTION_TYPE.recording, label: t('scope.interaction.recording') },
            { value: INTERACTION_TYPE.text, label: t('scope.interaction.text') },
          ]}
        />
        <ChoiceField<QualityCondition>
          name={`${FIXED}.qualityCondition`}
          label={t('scope.condition.label')}
          options={[
            { value: QUALITY_CONDITION.any, label: t('scope.condition.any') },
            { value: QUALITY_CONDITION.notSampled, label: t('scope.condition.notSampled') },
            { value: QUALITY_CONDITION.sampled, label: t('scope.condition.sampled') },
          ]}
        />
      </SimpleGrid>

      <ChoiceField<QualityType>
        name={`${FIXED}.qualityType`}
        label={t('scope.sampleType.label')}
        vertical
        options={[
          {
            value: QUALITY_TYPE.callScope,
            label: t('scope.sampleType.callScope'),
            description: t('scope.sampleType.callScopeHint'),
          },
          {
            value: QUALITY_TYPE.agentQuantity,
            label: t('scope.sampleType.agentQuantity'),
            description: t('scope.sampleType.agentQuantityHint'),
          },
          {
            value: QUALITY_TYPE.agentPercentage,
            label: t('scope.sampleType.agentPercentage'),
            description: t('scope.sampleType.agentPercentageHint'),
          },
        ]}
      />

      <TwoColumnFields>
        <TextField
          name={`${FIXED}.qualityNum`}
          label={t(`scope.quantity.${kind}.label`)}
          description={t(`scope.quantity.${kind}.description`)}
          inputMode="numeric"
          rightSection={qualityType === QUALITY_TYPE.agentPercentage ? '%' : undefined}
          rightSectionPointerEvents="none"
          required
          autoComplete="off"
        />
        {usesMaxNum(qualityType) ? (
          <TextField
            name={`${FIXED}.maxNum`}
            label={t(`scope.maximum.${kind}.label`)}
            description={t(`scope.maximum.${kind}.description`)}
            inputMode="numeric"
            required
            autoComplete="off"
          />
        ) : (
          // An empty cell: shortest and longest, lowest and highest stay pairs on their own rows.
          <div />
        )}
        <DurationField name={`${FIXED}.durationStart`} label={t('scope.duration.from')} />
        <DurationField name={`${FIXED}.durationEnd`} label={t('scope.duration.to')} />
        <TextField
          name={`${FIXED}.scoreStart`}
          label={t('scope.score.from')}
          description={t('scope.score.hint')}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          name={`${FIXED}.scoreEnd`}
          label={t('scope.score.to')}
          description={t('scope.score.hint')}
          inputMode="numeric"
          autoComplete="off"
        />
      </TwoColumnFields>

      <TagsField
        name={`${FIXED}.staffIds`}
        label={t('scope.agents.label')}
        description={t('scope.agents.description')}
        placeholder={t('scope.agents.placeholder')}
      />

      <RevalidateOnChange source={`${FIXED}.qualityType`} targets={AFTER_SAMPLE_TYPE} />
      <RevalidateOnChange source={`${FIXED}.durationStart`} targets={AFTER_SHORTEST} />
      <RevalidateOnChange source={`${FIXED}.scoreStart`} targets={AFTER_LOWEST} />
    </Stack>
  );
}
