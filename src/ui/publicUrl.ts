/**
 * Where shared links point. A build can name its public address (VITE_FRONTERA_PUBLIC_URL, e.g.
 * "https://news.example.org/frontera/"); otherwise the page's own address is used when other
 * people can open it. A single file opened from disk has none: its links would only work on
 * this machine, so the app says so instead of offering them.
 */
type Here = Pick<Location, 'href' | 'protocol' | 'hostname'>;

const configured = (import.meta.env.VITE_FRONTERA_PUBLIC_URL as string | undefined)?.trim();

function configuredUrl(): string | null {
  if (!configured) return null;
  try {
    return new URL(configured).href;
  } catch {
    console.warn(`[frontera] VITE_FRONTERA_PUBLIC_URL is not a URL: ${configured}`);
    return null;
  }
}

/** Base for share links and embed snippets; null when links would only work on this machine. */
export function shareBaseUrl(here: Here = window.location): string | null {
  return (
    configuredUrl() ?? (here.protocol === 'http:' || here.protocol === 'https:' ? here.href : null)
  );
}

/** Base for the permalink printed on a slide: never a file path or a localhost address. */
export function slideBaseUrl(here: Here = window.location): string | null {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(here.hostname);
  return configuredUrl() ?? (local ? null : shareBaseUrl(here));
}

/** "news.example.org/frontera/?event=…": a link short enough to read off a slide. */
export function displayUrl(href: string): string {
  return href.replace(/^https?:\/\//, '');
}
