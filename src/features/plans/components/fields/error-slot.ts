import classes from './error-slot.module.css';

/** Mantine classNames for an input that reserves the line its error will use. */
export const errorSlotClassNames = { root: classes.root, error: classes.error };

/** A text line with the same reserved height, for messages outside an input wrapper. */
export const errorLineClassName = classes.line;

/** Text colours for a good / bad status line, readable in both colour schemes. */
export const statusClassNames = { ok: classes.ok, bad: classes.bad };

/** For Alert classNames.title, where the alert's own colour would be too pale. */
export const readableAlertTitle = { title: classes.readableTitle };
