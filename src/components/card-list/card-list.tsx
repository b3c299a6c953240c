import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What a list shows instead of its table where the table does not fit (decision 069): a named
 * `ul` without bullets or indent. Each card is a `li` (e.g. `<Paper component="li">`), so screen
 * readers say how many there are.
 */
export function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}
