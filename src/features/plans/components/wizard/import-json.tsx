import {
  Alert,
  Button,
  Code,
  FileButton,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { translateIssue } from '@/lib/validation/translate-issue';
import type { PlanFormValues } from '../../model/form-values';
import { readableAlertTitle } from '../fields/error-slot';
import { importPlanJson, type Deviation } from '../../model/import-payload';
import classes from './wizard.module.css';

export interface ImportJsonModalProps {
  opened: boolean;
  onClose: () => void;
  onImported: (values: PlanFormValues, deviations: Deviation[]) => void;
}

/** Paste or upload an addQualityTask body to fill the wizard from it. */
export function ImportJsonModal({ opened, onClose, onImported }: ImportJsonModalProps) {
  const { t } = useTranslation('plans');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (source: string) => {
    const result = importPlanJson(source);
    if (!result.ok) {
      setProblem(
        result.reason === 'syntax'
          ? t('import.errors.syntax', { detail: result.detail })
          : t('import.errors.notAnObject'),
      );
      return;
    }
    setProblem(null);
    setText('');
    onImported(result.values, result.deviations);
  };

  const upload = (file: File | null) => {
    if (!file) return;
    file.text().then(
      (content) => {
        setText(content);
        apply(content);
      },
      () => setProblem(t('import.errors.unreadable')),
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('import.intro')}</Text>
        <Textarea
          label={t('import.pasteLabel')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={8}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={problem}
          data-autofocus
        />
        <Group justify="space-between">
          <FileButton onChange={upload} accept="application/json,.json,text/plain">
            {(props) => (
              <Button variant="default" {...props}>
                {t('import.upload')}
              </Button>
            )}
          </FileButton>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('import.cancel')}
            </Button>
            <Button onClick={() => apply(text)} disabled={text.trim() === ''}>
              {t('import.apply')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

const spell = (value: unknown) => JSON.stringify(value) ?? String(value);

/** A field path that may wrap after each dot on a narrow screen (no text is added). */
const breakableAfterDots = (path: string) =>
  path.split('.').map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </Fragment>
  ));

function DeviationText({ deviation }: { deviation: Deviation }) {
  const { t } = useTranslation('plans');
  const path = <Code>{breakableAfterDots(deviation.path)}</Code>;
  let text: string;
  switch (deviation.kind) {
    case 'converted':
      text = t('import.deviation.converted', {
        from: spell(deviation.from),
        to: spell(deviation.to),
      });
      break;
    case 'unknownField':
      text = t('import.deviation.unknownField');
      break;
    case 'missing':
      text = t('import.deviation.missing');
      break;
    case 'invalid':
      text = t('import.deviation.invalid', { message: translateIssue(deviation.issue) });
      break;
    case 'rounded':
      text = t('import.deviation.rounded', { from: deviation.from, to: deviation.to });
      break;
    case 'notApplicable':
      text = t(`import.deviation.notApplicable.${deviation.reason}`);
      break;
    case 'notKept':
      text = t('import.deviation.notKept');
      break;
    case 'roleDiffers':
      text = t('import.deviation.roleDiffers', {
        kept: deviation.kept,
        dropped: deviation.dropped,
      });
      break;
  }
  return (
    <>
      {path} {text}
    </>
  );
}

export interface ImportReportProps {
  deviations: Deviation[];
  onClose: () => void;
}

/** What the imported body did not do by the contract, one line each; stays until closed. */
export function ImportReport({ deviations, onClose }: ImportReportProps) {
  const { t } = useTranslation('plans');
  const clean = deviations.length === 0;
  return (
    <Alert
      color={clean ? 'teal' : 'yellow'}
      title={
        clean ? t('import.report.clean') : t('import.report.title', { count: deviations.length })
      }
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('import.report.close')}
      data-testid="import-report"
      classNames={readableAlertTitle}
    >
      {!clean && (
        <>
          <Text size="sm" mb="xs">
            {t('import.report.body')}
          </Text>
          <List size="sm" spacing={4} classNames={{ itemWrapper: classes.deviation }}>
            {deviations.map((deviation, i) => (
              <List.Item key={i}>
                <DeviationText deviation={deviation} />
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
