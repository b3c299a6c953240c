/** What a route tells the shell about itself (read with useMatches). */
export interface RouteHandle {
  /** Key in the common namespace for the page's title, e.g. "pageTitle.plans". */
  titleKey: string;
}

export const isRouteHandle = (value: unknown): value is RouteHandle =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { titleKey?: unknown }).titleKey === 'string';
