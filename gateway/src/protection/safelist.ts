import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { GraphQLError } from "graphql";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { limitError } from "./limit-error";

interface ManifestOperation {
  id: string;
  name?: string;
  body: string;
}

/** The operations known clients registered, by sha256 of their text. */
export type Safelist = Map<string, string>;

/**
 * Reads a persisted query manifest (Apollo's format: {"format": "apollo-persisted-query-manifest",
 * "version": 1, "operations": [{"id", "name", "type", "body"}]}); each id must be the sha256 of
 * the body, so a client's hash and the gateway's agree.
 */
export function readSafelist(path: string): Safelist {
  let manifest: { format?: string; operations?: ManifestOperation[] };
  try {
    manifest = JSON.parse(readFileSync(path, "utf8")) as typeof manifest;
  } catch (cause) {
    throw new Error(`SAFELIST_PATH: ${path} is not a readable JSON manifest`, { cause });
  }
  if (manifest.format !== "apollo-persisted-query-manifest" || !Array.isArray(manifest.operations)) {
    throw new Error(`SAFELIST_PATH: ${path} is not an apollo-persisted-query-manifest (expected "format" and "operations")`);
  }
  const list: Safelist = new Map();
  for (const operation of manifest.operations) {
    const hash = sha256(operation.body ?? "");
    if (operation.id !== hash) {
      throw new Error(`SAFELIST_PATH: operation ${operation.name ?? operation.id} has id ${operation.id}, but its body hashes to ${hash}`);
    }
    list.set(hash, operation.body);
  }
  return list;
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The persisted-query cache in safelist mode: it serves registered operations and registers nothing new. */
export function safelistCache(list: Safelist): KeyValueCache<string> {
  return {
    // Apollo Server prefixes the keys of its persisted-query cache ("apq:<sha256>").
    get: async (key) => list.get(key.replace(/^apq:/, "")),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/**
 * In safelist mode, the operation a request names (by its text or by its persisted-query hash,
 * in a POST body or GET parameters) must be registered; returns the refusal, or undefined.
 * It runs before Apollo Server, so an unregistered document is not even parsed.
 */
export function safelistRefusal(list: Safelist, body: unknown, search: string): GraphQLError | undefined {
  const params = new URLSearchParams(search);
  const fields = (typeof body === "object" && body !== null ? body : {}) as { query?: unknown; extensions?: unknown };
  const query = typeof fields.query === "string" ? fields.query : (params.get("query") ?? undefined);
  let hash: string | undefined;
  if (query !== undefined) hash = sha256(query);
  else {
    let extensions = fields.extensions;
    try {
      extensions ??= JSON.parse(params.get("extensions") ?? "null");
    } catch {
      extensions = undefined;
    }
    const given = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    hash = typeof given === "string" ? given : undefined;
  }
  if (hash === undefined) return undefined; // neither text nor hash: Apollo Server explains what is missing
  if (list.has(hash)) return undefined;
  return limitError(
    "This operation is not registered: the gateway runs in safelist mode and only accepts the operations of known clients (SAFELIST_PATH).",
    "OPERATION_NOT_IN_SAFELIST",
    "SAFELIST_PATH",
  );
}
