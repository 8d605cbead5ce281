import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { captureBootPage } from './data/pageSource';
import { savedPage } from './data/savedPage';
import './styles/index.css';

// Before anything is drawn: the single file keeps itself as it arrived, for "Save as a page".
captureBootPage();
// A saved page opens at the view it was saved with, unless its address names another.
if (savedPage?.view && !window.location.search)
  window.history.replaceState(null, '', `?${savedPage.view}${window.location.hash}`);

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App syncAddress />
      </QueryClientProvider>
    </StrictMode>,
  );
}
