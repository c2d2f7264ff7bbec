// Reading a page's URL parameters one by one: a malformed value is ignored (undefined) and the
// others still apply, so a hand-edited or truncated link still shows a useful page.

export type RawParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed; undefined when absent or empty. */
export function single(raw: RawParams, key: string): string | undefined {
  const value = raw[key];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/** Every value of a repeated parameter (?type=LYCEE&type=CIO). */
export function many(raw: RawParams, key: string): string[] {
  const value = raw[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean);
}

/** Free text, cut to `max` characters (the rest is not sent); `cut` says whether it was. */
export function textParam(raw: RawParams, key: string, max: number): { value: string | undefined; cut: boolean } {
  const text = single(raw, key)?.replace(/\s+/g, " ");
  if (!text) return { value: undefined, cut: false };
  if ([...text].length <= max) return { value: text, cut: false };
  return { value: [...text].slice(0, max).join("").trim(), cut: true };
}

/** A whole number within [min, max]. */
export function intParam(raw: RawParams, key: string, min: number, max: number): number | undefined {
  const text = single(raw, key);
  if (!text || !/^-?\d{1,9}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** A decimal number within [min, max]. */
export function numberParam(raw: RawParams, key: string, min: number, max: number): number | undefined {
  const text = single(raw, key);
  if (!text || !/^-?\d{1,3}(\.\d{1,10})?$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** One of the allowed values. */
export function enumParam<T extends string>(raw: RawParams, key: string, values: readonly T[]): T | undefined {
  const text = single(raw, key);
  return values.find((value) => value === text);
}

/** The allowed values among those given, each once, in the order of `values`. */
export function enumListParam<T extends string>(raw: RawParams, key: string, values: readonly T[]): T[] {
  const given = new Set(many(raw, key));
  return values.filter((value) => given.has(value));
}

/** "oui" → true, "non" → false; anything else → undefined. */
export function ouiNonParam(raw: RawParams, key: string): boolean | undefined {
  const text = single(raw, key);
  return text === "oui" ? true : text === "non" ? false : undefined;
}

/** A real calendar day written YYYY-MM-DD. */
export function dateParam(raw: RawParams, key: string): string | undefined {
  const text = single(raw, key);
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : undefined;
}

/** A pagination cursor as the graph gives it (short, printable, no spaces). */
export function cursorParam(raw: RawParams, key: string): string | undefined {
  const text = single(raw, key);
  return text && /^[A-Za-z0-9:_=+/.-]{1,500}$/.test(text) ? text : undefined;
}

/** A path with its query string, leaving out empty values. */
export function withParams(path: string, params: Record<string, string | number | readonly string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
