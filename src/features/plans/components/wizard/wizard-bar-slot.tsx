import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const WizardBarSlotContext = createContext<HTMLElement | null>(null);

/** Set by the wizard page to the place in its sticky Back/Next bar that steps may fill. */
export const WizardBarSlotProvider = WizardBarSlotContext.Provider;

/**
 * Shows `children` in the wizard's sticky bar, above Back and Next, so a step can keep a figure
 * in view while the page scrolls (the inspectors' live total with 50 rows). The bar's height, and
 * with it the page's scroll padding, then includes it: focused fields never end up behind it.
 * Without the bar (a step rendered on its own) the children stay where they are.
 */
export function InWizardBar({ children }: { children: ReactNode }) {
  const slot = useContext(WizardBarSlotContext);
  return slot === null ? children : createPortal(children, slot);
}
