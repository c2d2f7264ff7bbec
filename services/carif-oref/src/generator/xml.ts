const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for an XML element or attribute. */
export const esc = (value: string) => value.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** `<name attrs>text</name>`, or nothing when the value is null. */
export function el(name: string, value: string | number | null | undefined, attrs = ""): string {
  return value === null || value === undefined ? "" : `<${name}${attrs}>${esc(String(value))}</${name}>`;
}

/** `<name attrs>children</name>`. */
export const wrap = (name: string, children: string, attrs = "") => `<${name}${attrs}>${children}</${name}>`;
