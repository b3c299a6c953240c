import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Form fields in two columns from `sm` on, one below `sm`. The fields of a row line up at the
 * bottom, so where one label or hint wraps to a second line and its neighbour's does not (a
 * laptop beside the navbar), the inputs still sit on one line (decision 069). The forms keep a
 * fixed-height line under every field for its error, so an error does not undo it.
 */
export function TwoColumnFields({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      verticalSpacing={0}
      style={{ alignItems: 'end' }}
    >
      {children}
    </SimpleGrid>
  );
}
