/** Which origins may control an embedded Live Atlas: the embedding page's, plus any the build allows. */

/** Comma-separated origins from the build's configuration (`VITE_EMBED_ORIGINS`). */
function configured(): string[] {
  const list = (import.meta.env.VITE_EMBED_ORIGINS as string | undefined) ?? '';
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^https?:\/\/[^/\s]+$/.test(s));
}

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The origin of the page that embeds this frame, when the browser tells it; null when not embedded. */
export function embeddingOrigin(): string | null {
  if (window.parent === window) return null;
  const ancestors = window.location.ancestorOrigins;
  return (
    originOf(ancestors?.length ? ancestors[0] : null) ??
    originOf(document.referrer) ??
    originOf(new URLSearchParams(window.location.search).get('parentUrl'))
  );
}

export function allowedOrigins(): string[] {
  const embedding = embeddingOrigin();
  return [...new Set([...(embedding ? [embedding] : []), ...configured()])];
}
