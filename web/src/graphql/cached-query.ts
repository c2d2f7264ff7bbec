import "server-only";
import { cache } from "react";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { runQuery } from "./server-client";
import type { Outcome } from "./outcome";

// One request to the gateway per page view even when generateMetadata and the page both need the
// answer: React's cache() lasts one server request, keyed by the document and the variables' JSON.
const cachedRun = cache((document: DocumentInput<unknown, AnyVariables>, variablesJson: string) => runQuery(document, JSON.parse(variablesJson) as AnyVariables));

/** runQuery, shared by everything that renders the same page view. */
export function loadQuery<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, variables: Variables): Promise<Outcome<Data>> {
  return cachedRun(document as DocumentInput<unknown, AnyVariables>, JSON.stringify(variables)) as Promise<Outcome<Data>>;
}
