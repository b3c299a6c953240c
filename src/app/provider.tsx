import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { colorSchemeManager, cssVariablesResolver, theme } from '@/config/theme';
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

export function AppProvider({ children, queryClient, env = 'default' }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
      env={env}
    >
      <Suspense fallback={null}>
        <Notifications position="top-right" />
      </Suspense>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
