import type { Metadata } from "next";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";

export const metadata: Metadata = { title: "Page non trouvée", robots: { index: false } };

/** Addresses that match no route. */
export default function NotFound() {
  return <PageIntrouvable />;
}
