import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { App } from '../../src/app/App';
import { DatasetSchema } from '../../src/data/schema';

function renderApp(datasetUrl: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App datasetUrl={datasetUrl} />
    </QueryClientProvider>,
  );
}

describe('App in Chromium', () => {
  it('loads the compiled dataset and shows how many events it holds', async () => {
    const dataset = DatasetSchema.parse(await (await fetch('/data/frontera.json')).json());
    const screen = await renderApp('/data/frontera.json');
    await expect
      .element(screen.getByTestId('dataset-summary'))
      .toHaveTextContent(`${dataset.events.length} events`);
  });

  it('shows a clear error panel when the dataset is missing', async () => {
    const screen = await renderApp('/data/does-not-exist.json');
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/could not load its data/);
  });
});
