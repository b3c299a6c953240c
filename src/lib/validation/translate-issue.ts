import type * as z from 'zod/mini';
import { REQUIRED_MESSAGE } from '@/lib/contract';
import { t } from '@/lib/i18n';

/**
 * Turns a contract issue into a sentence in the user's language. The contract's own rules carry
 * `params.rule`; zod's built-in checks are read from their code and bounds. The field itself is
 * named by the label the message sits under, so the text says only what is wrong.
 */
export function translateIssue(issue: z.core.$ZodIssue): string {
  const rule = readRule(issue);
  if (rule)
    return t(`validation:rule.${rule.name}`, { ...rule.values, defaultValue: issue.message });

  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.message === REQUIRED_MESSAGE) {
        return t('validation:required');
      }
      if (issue.expected === 'number' || issue.expected === 'int')
        return t('validation:wholeNumber');
      return t('validation:invalidType', { defaultValue: issue.message });
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation:required')
          : t('validation:tooShort', { minimum: issue.minimum });
      }
      if (issue.origin === 'array') return t('validation:tooFewItems', { minimum: issue.minimum });
      return t('validation:tooSmall', { minimum: issue.minimum });
    case 'too_big':
      if (issue.origin === 'string') {
        // digitString caps its length in digits, names in characters: both read as "characters".
        return t('validation:tooLong', { maximum: issue.maximum });
      }
      return t('validation:tooBig', { maximum: issue.maximum });
    case 'invalid_value':
      return t('validation:invalidChoice');
    default:
      return issue.message;
  }
}

function readRule(
  issue: z.core.$ZodIssue,
): { name: string; values: Record<string, unknown> } | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Record<string, unknown> | undefined;
  const name = params?.['rule'];
  return typeof name === 'string' ? { name, values: params ?? {} } : undefined;
}
