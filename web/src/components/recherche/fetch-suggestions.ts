"use client";
import { browserClient } from "@/graphql/browser-client";
import { toSuggestions, type Suggestion } from "./suggestions";
import { SuggestionsQuery } from "./suggestions.query";

const SWITCHES: Record<string, "avecOnisep" | "avecCarifOref" | "avecRectorat" | "avecRegion"> = {
  onisep: "avecOnisep",
  "carif-oref": "avecCarifOref",
  rectorat: "avecRectorat",
  region: "avecRegion",
};

/** The suggestions for a text; a partner that does not answer is left out, not the others. */
export async function fetchSuggestions(q: string): Promise<Suggestion[]> {
  const first = await browserClient.query(SuggestionsQuery, { q }).toPromise();
  if (first.data || !first.error) return toSuggestions(first.data);
  const down = first.error.graphQLErrors.map((e) => SWITCHES[String(e.extensions.serviceName)]).filter(Boolean);
  if (down.length === 0) return [];
  const second = await browserClient.query(SuggestionsQuery, { q, ...Object.fromEntries(down.map((key) => [key, false])) }).toPromise();
  return toSuggestions(second.data);
}
