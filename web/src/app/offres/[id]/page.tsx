import type { Metadata } from "next";
import { Actions } from "@/components/offre/Actions";
import { OffrePresentation } from "@/components/offre/OffrePresentation";
import { Organisme } from "@/components/offre/Organisme";
import { Indisponible } from "@/components/partial/Indisponible";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { JsonLd } from "@/components/seo/JsonLd";
import { pageMetadata } from "@/components/seo/page-metadata";
import { siteUrl } from "@/config/site";
import { loadPage } from "@/graphql/page-loader";
import { paragraphs } from "@/lib/html-text";
import { offreJsonLd } from "./offre.json-ld";
import { OffreQuery } from "./offre.query";

type Props = { params: Promise<{ id: string }> };

// LHEO numeros are the organisme's own codes: letters, digits and a few separators.
const OFFRE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

async function load(id: string) {
  // A malformed id cannot exist: no request.
  if (!OFFRE_ID.test(id)) return undefined;
  return loadPage(OffreQuery, { id }, { rectorat: ["avecRectorat"] });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id);
  const data = outcome?.data;
  const offre = data?.offre;
  if (!offre) return { title: outcome?.failure || outcome?.missing.includes("carif-oref") ? "Offre de formation momentanément indisponible" : "Page non trouvée", robots: { index: false } };
  const par = offre.organisme ? ` – ${offre.organisme.nom}` : "";
  return pageMetadata(`${offre.intitule}${par}`, paragraphs(offre.objectif).join(" ") || `Formation continue${par} : sessions, lieux, places et certification.`, `/offres/${id}`, { index: !offre.retiree });
}

export default async function OffrePage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id);
  if (!outcome?.data?.offre) {
    if (outcome && (outcome.failure || outcome.missing.includes("carif-oref"))) return <Indisponible titre="Offre de formation" missing={outcome.missing} />;
    return <PageIntrouvable quoi="L'offre de formation que vous cherchez" />;
  }
  const missing = outcome.missing;
  const offre = outcome.data.offre;
  return (
    <>
      <JsonLd data={offreJsonLd(offre, new URL(`/offres/${id}`, siteUrl()).toString())} />
      <h1>{offre.intitule}</h1>
      {offre.organisme && <p className="fr-text--lead">{offre.organisme.nom}</p>}
      {offre.retiree && (
        <div className="fr-alert fr-alert--info fr-mb-4w">
          <h2 className="fr-alert__title">Cette offre n&apos;est plus publiée</h2>
          <p>L&apos;organisme ne la propose plus : elle reste visible pour mémoire.</p>
        </div>
      )}
      <PartsMissing missing={missing} />
      <OffrePresentation offre={offre} />
      <Actions offre={offre} />
      <Organisme offre={offre} />
    </>
  );
}
