import type { Metadata } from "next";
import { FormationPresentation } from "@/components/formation/FormationPresentation";
import { LieuxEnseignement } from "@/components/formation/LieuxEnseignement";
import { LieuForm } from "@/components/lieu/LieuForm";
import { LieuResume } from "@/components/lieu/LieuResume";
import { Indisponible } from "@/components/partial/Indisponible";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { EvenementCard } from "@/components/resultats/EvenementCard";
import { MetierCard } from "@/components/resultats/MetierCard";
import { OffreCard } from "@/components/resultats/OffreCard";
import { Section } from "@/components/resultats/Section";
import { JsonLd } from "@/components/seo/JsonLd";
import { pageMetadata } from "@/components/seo/page-metadata";
import { siteUrl } from "@/config/site";
import { loadPage } from "@/graphql/page-loader";
import { lieuFromParams, proximiteDe, rayonFromParams, type Lieu } from "@/lib/lieu";
import { withParams, type RawParams } from "@/lib/search-params";
import { formationJsonLd } from "./formation.json-ld";
import { FormationQuery } from "./formation.query";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

const FORMATION_ID = /^FOR\.\d{1,7}$/;

async function load(id: string, lieu: Lieu | undefined) {
  // A malformed id cannot exist: no request.
  if (!FORMATION_ID.test(id)) return undefined;
  return loadPage(
    FormationQuery,
    {
      id,
      proche: !!lieu,
      proximite: proximiteDe(lieu),
      evenementsProches: lieu ? proximiteDe(lieu) : null,
      commune: lieu?.commune ?? "",
      avecCommune: !!lieu?.commune,
    },
    { region: ["avecCommune"] },
  );
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id, lieuFromParams(await searchParams));
  const data = outcome?.data;
  const formation = data?.formation;
  if (!formation) return { title: outcome?.failure || outcome?.missing.includes("onisep") ? "Fiche formation momentanément indisponible" : "Page non trouvée", robots: { index: false } };
  const ou = data.commune?.nom ? ` près de ${data.commune.nom}` : "";
  return pageMetadata(
    `${formation.libelle}${ou}`,
    `${formation.libelle} : ${[formation.niveau?.libelle, formation.duree].filter(Boolean).join(", ")}. Où l'étudier${ou}, les places et les vœux, l'insertion des diplômés et les métiers auxquels elle mène.`,
    `/formations/${id}`,
  );
}

export default async function FormationPage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  const raw = await searchParams;
  const lieu = lieuFromParams(raw);
  const outcome = await load(id, lieu);
  if (!outcome?.data?.formation) {
    if (outcome && (outcome.failure || outcome.missing.includes("onisep"))) return <Indisponible titre="Fiche formation" missing={outcome.missing} />;
    return <PageIntrouvable quoi="La formation que vous cherchez" />;
  }
  const data = outcome.data;
  const missing = outcome.missing;
  const formation = outcome.data.formation;
  const offres = formation.offresProches ?? formation.offresContinues;
  return (
    <>
      <JsonLd data={formationJsonLd(formation, new URL(`/formations/${id}`, siteUrl()).toString())} />
      <h1>{formation.libelle}</h1>
      {lieu ? (
        <LieuResume lieu={lieu} nomCommune={data.commune?.nom} changer={withParams("/pres-de-chez-moi", { retour: `/formations/${id}` })} />
      ) : (
        <LieuForm retour={`/formations/${id}`} rayonKm={rayonFromParams(raw)} titre="Voir les établissements les plus proches de chez vous" />
      )}
      <PartsMissing missing={missing} />
      <FormationPresentation formation={formation} />
      <LieuxEnseignement formationId={formation.id} etablissements={formation.etablissementsProches ?? formation.etablissements} lieu={lieu} />
      <Section id="metiers" titre="Les métiers auxquels elle mène" total={formation.metiers.totalCount} unite={["métier", "métiers"]} ordre="" vide="Aucun métier n'est relié à cette formation pour l'instant.">
        {formation.metiers.nodes.map((metier) => (
          <MetierCard key={metier.id} metier={metier} />
        ))}
      </Section>
      {offres && (
        <Section
          id="offres"
          titre="La même certification en formation continue"
          total={offres.totalCount}
          unite={["offre de formation", "offres de formation"]}
          ordre={lieu ? "du plus proche au plus éloigné" : ""}
          vide={lieu ? `Aucune offre de formation continue dans un rayon de ${lieu.rayonKm} km.` : "Aucune offre de formation continue ne prépare cette certification en ce moment."}
        >
          {offres.nodes.map((offre) => (
            <OffreCard key={offre.id} offre={offre} />
          ))}
        </Section>
      )}
      {formation.evenements && (
        <Section id="evenements" titre="Événements à venir" ordre="par date" total={formation.evenements.totalCount} unite={["événement", "événements"]} vide="Aucun événement à venir sur cette formation.">
          {formation.evenements.nodes.map((evenement) => (
            <EvenementCard key={evenement.id} evenement={evenement} />
          ))}
        </Section>
      )}
    </>
  );
}
