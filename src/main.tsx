import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useStore } from './session/store';
import { startUrlSync } from './session/urlSync';
import './styles/index.css';

const urlSync = startUrlSync(useStore);

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App urlSync={urlSync} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
