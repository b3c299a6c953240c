/* global window, document */
// Runs before the app: sets the saved (or system) colour scheme so the page never flashes light.
// Same key and values as src/config/theme.ts (Mantine's localStorageColorSchemeManager).
(function () {
  var scheme = 'light';
  try {
    var saved = window.localStorage.getItem('ccsqm.color-scheme');
    var dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    scheme = saved === 'light' || saved === 'dark' ? saved : dark ? 'dark' : 'light';
  } catch {
    // Storage blocked: light it is; the app corrects it once it starts.
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
