import type { Metadata } from "next";

/**
 * A page's title, description and canonical URL. The canonical keeps only the parameters that
 * change what the page is about (e.g. the search terms), not the order or the cursor.
 */
export function pageMetadata(title: string, description: string, canonicalPath: string, options: { index?: boolean } = {}): Metadata {
  return {
    title,
    description: description.length > 200 ? `${description.slice(0, 197).trimEnd()}…` : description,
    alternates: { canonical: canonicalPath },
    openGraph: { title, description, url: canonicalPath },
    ...(options.index === false ? { robots: { index: false, follow: true } } : {}),
  };
}
