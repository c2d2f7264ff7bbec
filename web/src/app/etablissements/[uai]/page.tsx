import type { Metadata } from "next";
import { EtablissementFiche } from "@/components/etablissement/EtablissementFiche";
import { FormationsProposees } from "@/components/etablissement/FormationsProposees";
import { Insertions } from "@/components/etablissement/Insertions";
import { Indisponible } from "@/components/partial/Indisponible";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { EvenementCard } from "@/components/resultats/EvenementCard";
import { OffreCard } from "@/components/resultats/OffreCard";
import { Section } from "@/components/resultats/Section";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadPage } from "@/graphql/page-loader";
import { label, TYPE_ETABLISSEMENT } from "@/lib/labels";
import { EtablissementQuery } from "./etablissement.query";

type Props = { params: Promise<{ uai: string }> };

const UAI = /^\d{7}[A-Z]$/;

async function load(uai: string) {
  // A malformed id cannot exist: no request.
  if (!UAI.test(uai)) return undefined;
  return loadPage(EtablissementQuery, { uai }, { onisep: ["avecOnisep"] });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const uai = decodeURIComponent((await params).uai).toUpperCase();
  const outcome = await load(uai);
  const data = outcome?.data;
  const e = data?.etablissement;
  if (!e) return { title: outcome?.failure || outcome?.missing.includes("rectorat") ? "Fiche établissement momentanément indisponible" : "Page non trouvée", robots: { index: false } };
  const ou = e.commune?.nom ?? e.adresse?.localite;
  return pageMetadata(
    `${e.nom}${ou && !e.nom.includes(ou) ? `, ${ou}` : ""}`,
    `${label(TYPE_ETABLISSEMENT, e.type) ?? "Établissement"}${ou ? ` à ${ou}` : ""} : formations proposées, places et vœux, insertion des élèves, contacts.`,
    `/etablissements/${uai}`,
  );
}

export default async function EtablissementPage({ params }: Props) {
  const uai = decodeURIComponent((await params).uai).toUpperCase();
  const outcome = await load(uai);
  if (!outcome?.data?.etablissement) {
    if (outcome && (outcome.failure || outcome.missing.includes("rectorat"))) return <Indisponible titre="Fiche établissement" missing={outcome.missing} />;
    return <PageIntrouvable quoi="L'établissement que vous cherchez" />;
  }
  const missing = outcome.missing;
  const e = outcome.data.etablissement;
  return (
    <>
      <h1>{e.nom}</h1>
      <PartsMissing missing={missing} />
      <EtablissementFiche etablissement={e} />
      <FormationsProposees formations={e.formations} />
      <Insertions insertions={e.insertions} />
      {e.offres && (
        <Section id="offres" titre="Formation continue dans l'établissement" total={e.offres.totalCount} unite={["offre de formation", "offres de formation"]} ordre="" vide="Aucune offre de formation continue n'y est donnée en ce moment.">
          {e.offres.nodes.map((offre) => (
            <OffreCard key={offre.id} offre={offre} />
          ))}
        </Section>
      )}
      {e.evenements && (
        <Section id="evenements" titre="Événements à venir" ordre="par date" total={e.evenements.totalCount} unite={["événement", "événements"]} vide="Aucun événement annoncé (journées portes ouvertes, salons…).">
          {e.evenements.nodes.map((evenement) => (
            <EvenementCard key={evenement.id} evenement={evenement} />
          ))}
        </Section>
      )}
    </>
  );
}
