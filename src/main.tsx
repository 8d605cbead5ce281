import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadCatalogue } from './i18n/catalogues';
import { detectLang } from './i18n/lang';
import { parseUrl } from './session/url/table';
import './styles/index.css';

const queryClient = new QueryClient();
// The reader's catalogue starts loading now, beside the dataset the page preloads.
void loadCatalogue(parseUrl(window.location.search).state.lang ?? detectLang());
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
