import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';

/** Shown while the first page's code loads. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="60vh" role="status">
      <Loader />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}
