import 'dayjs/locale/zh-cn';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { colorSchemeManager, cssVariablesResolver, theme } from '@/config/theme';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from './query-client';

export interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own (no retries); the app makes one per page load. */
  queryClient?: QueryClient;
  /** 'test' turns off Mantine transitions and portals (used by src/testing). */
  env?: 'default' | 'test';
}

/**
 * Toasts render only after something calls `notifications.show` (a save, a delete), so their
 * component loads after the first paint; the store behind `notifications.show` is tiny and queues
 * anything shown before this arrives.
 */
const Notifications = lazy(() => import('./notifications-outlet'));

/** Date pickers follow the interface language (week start, month names). */
function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const locale = instance.resolvedLanguage === 'zh' ? 'zh-cn' : 'en';
  return <DatesProvider settings={{ locale }}>{children}</DatesProvider>;
}

export function AppProvider({ children, queryClient, env = 'default' }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
        cssVariablesResolver={cssVariablesResolver}
        env={env}
      >
        <LocalizedDates>
          <Suspense fallback={null}>
            <Notifications position="top-right" />
          </Suspense>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
