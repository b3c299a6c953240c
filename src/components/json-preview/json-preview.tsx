import { Button, CopyButton, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from '@/lib/i18n';
import { tokenizeJson } from './highlight-json';
import classes from './json-preview.module.css';

export interface JsonPreviewProps {
  /** The exact text, shown as is: it is what will be sent. */
  text: string;
  /** Offered name for the download, e.g. "addQualityTask.json". */
  fileName: string;
  /** Accessible name of the code region. */
  label: string;
  /** Set for non-JSON text (e.g. a curl command): no colouring, text/plain download. */
  plain?: boolean;
}

export function JsonPreview({ text, fileName, label, plain = false }: JsonPreviewProps) {
  const { t } = useTranslation('shared');
  const tokens = useMemo(() => (plain ? [] : tokenizeJson(text)), [text, plain]);

  const download = () => {
    const blob = new Blob([text], { type: plain ? 'text/plain' : 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={classes.frame}>
      <Group justify="space-between" px="md" pt="xs" gap="xs">
        <Text size="xs" c="dimmed">
          {t('jsonPreview.bytes', { count: new TextEncoder().encode(text).length })}
        </Text>
        <Group gap="xs">
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button
                size="compact-sm"
                variant="light"
                onClick={copy}
                aria-label={`${t('jsonPreview.copy')}: ${label}`}
              >
                {copied ? t('jsonPreview.copied') : t('jsonPreview.copy')}
              </Button>
            )}
          </CopyButton>
          <Button
            size="compact-sm"
            variant="light"
            onClick={download}
            aria-label={`${t('jsonPreview.download')}: ${label}`}
          >
            {t('jsonPreview.download')}
          </Button>
        </Group>
      </Group>
      <pre className={classes.code} aria-label={label} tabIndex={0}>
        <code>
          {plain
            ? text
            : tokens.map((token, i) =>
                token.kind === 'space' || token.kind === 'punctuation' ? (
                  token.text
                ) : (
                  <span key={i} className={classes[token.kind]}>
                    {token.text}
                  </span>
                ),
              )}
        </code>
      </pre>
    </div>
  );
}
