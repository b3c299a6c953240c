// zod's `jitless` switch is set by public/zod-config.js, before this module graph runs
// (docs/decisions/026-zod-jitless-before-any-schema.md).
import './app/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { createAppRouter } from './app/router';
import { loadInitialLanguage } from './lib/i18n';
import { RouterProvider } from './lib/router';

const router = createAppRouter();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );

// Only the active language's strings are bundled per visit: wait for them, so no key flashes.
// If they cannot load (offline), the console still renders rather than stay blank.
void loadInitialLanguage().then(render, render);
