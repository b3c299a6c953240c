import classes from './field-slot.module.css';

/** classNames for a Mantine input whose error must not shift the layout (see the CSS). */
export const fieldSlotClassNames = {
  root: classes.root,
  wrapper: classes.wrapper,
  error: classes.error,
};
