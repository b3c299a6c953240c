import { BusinessError, HttpError, NetworkError } from '@/lib/api-errors';
import { useTranslation } from '@/lib/i18n';

/**
 * One line on why a call failed, for the list and its row actions: the server's own code and
 * words, the HTTP status, or that no answer came.
 */
export function useFailureText() {
  const { t } = useTranslation('plans');
  return (error: Error) =>
    error instanceof BusinessError
      ? `${error.resultCode}: ${error.resultDesc}`
      : error instanceof HttpError
        ? t('send.http.body', { status: error.status, description: error.resultDesc })
        : error instanceof NetworkError
          ? t('send.network.body')
          : error.message;
}
