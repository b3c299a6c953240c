import 'dayjs/locale/zh-cn';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
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
          <Notifications position="top-right" />
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
