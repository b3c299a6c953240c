import { em } from '@mantine/core';

/**
 * From this window width on (in em, so a larger browser font moves it too) the navbar is a column
 * beside the page; below it, a drawer behind the burger. The shell's stylesheet says the same in
 * src/app/layout/layout.module.css (`@media (min-width: 48em)`), as CSS cannot import it.
 */
const NAVBAR_BESIDE_FROM_EM = 48;

/**
 * Matches below that width. 0.1 px under it, as Mantine's hiddenFrom/visibleFrom do, so that a
 * window of exactly 48em is never both.
 */
export const PHONE_LAYOUT_QUERY = `(max-width: ${em(NAVBAR_BESIDE_FROM_EM * 16 - 0.1)})`;
