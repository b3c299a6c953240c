import 'dayjs/locale/zh-cn';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';

/**
 * Date pickers follow the interface language (week start, month names). Here rather than in the
 * app's providers: the wizard is the only page with dates, so dayjs and its Chinese locale load
 * with it, not with every page.
 */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { language } = useTranslation();
  const locale = language === 'zh' ? 'zh-cn' : 'en';
  return <DatesProvider settings={{ locale }}>{children}</DatesProvider>;
}
