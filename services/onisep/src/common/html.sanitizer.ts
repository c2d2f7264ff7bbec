import sanitizeHtml from "sanitize-html";

/**
 * What a published HTML text keeps: basic formatting, lists and links (http, https, mailto), no
 * attribute but a link's href (and the rel it is given); scripts, styles, classes and event handlers go. Entities are decoded
 * (&eacute; → é), so the text reads the same anywhere.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "b", "strong", "i", "em", "u", "sup", "sub", "ul", "ol", "li", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // Links open as links to another site: no opener, no referrer.
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
  disallowedTagsMode: "discard",
};

/** Sanitised HTML of a text published as HTML (an Onisep fiche), or null when nothing is left. */
export function sanitizedHtml(html: string | null | undefined): string | null {
  if (!html) return null;
  const clean = sanitizeHtml(html, POLICY).trim();
  return clean.replace(/<p>\s*<\/p>/g, "").trim() || null;
}
