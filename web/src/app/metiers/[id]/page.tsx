import type { Metadata } from "next";
import { Summary } from "@codegouvfr/react-dsfr/Summary";
import { LieuForm } from "@/components/lieu/LieuForm";
import { LieuResume } from "@/components/lieu/LieuResume";
import { FormationsDuMetier } from "@/components/metier/FormationsDuMetier";
import { MetierPresentation } from "@/components/metier/MetierPresentation";
import { Indisponible } from "@/components/partial/Indisponible";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { EvenementCard } from "@/components/resultats/EvenementCard";
import { OffreCard } from "@/components/resultats/OffreCard";
import { Section } from "@/components/resultats/Section";
import { StructureCard } from "@/components/resultats/StructureCard";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadPage } from "@/graphql/page-loader";
import { lieuFromParams, lieuParams, proximiteDe, rayonFromParams, type Lieu } from "@/lib/lieu";
import { withParams, type RawParams } from "@/lib/search-params";
import { MetierQuery } from "./metier.query";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

const METIER_ID = /^MET\.\d{1,7}$/;

async function load(id: string, lieu: Lieu | undefined) {
  // A malformed id cannot exist: no request.
  if (!METIER_ID.test(id)) return undefined;
  return loadPage(
    MetierQuery,
    {
      id,
      proche: !!lieu,
      proximite: proximiteDe(lieu),
      // The gateway's MAX_COST (50,000) bounds the page: 30 formations × 2 schools × 15 offers each.
      nombreFormations: lieu ? 30 : 8,
      // Without a place, the coming events about the métier wherever they are.
      evenementsProches: lieu ? proximiteDe(lieu) : null,
      commune: lieu?.commune ?? "",
      avecCommune: !!lieu?.commune,
      avecStructures: !!lieu,
    },
    { region: ["avecStructures", "avecCommune"] },
  );
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const lieu = lieuFromParams(await searchParams);
  const outcome = await load(id, lieu);
  const data = outcome?.data;
  if (!data?.metier) return { title: outcome?.failure || outcome?.missing.includes("onisep") ? "Fiche métier momentanément indisponible" : "Page non trouvée", robots: { index: false } };
  const ou = data.commune?.nom ? ` près de ${data.commune.nom}` : "";
  return pageMetadata(
    `${data.metier.libelle}${ou}`,
    `Devenir ${data.metier.libelle} : les formations qui y mènent, où les suivre${ou}, la formation continue, les lieux d'accueil et les événements.`,
    `/metiers/${id}`,
  );
}

export default async function MetierPage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  const raw = await searchParams;
  const lieu = lieuFromParams(raw);
  const outcome = await load(id, lieu);
  if (!outcome?.data?.metier) {
    if (outcome && (outcome.failure || outcome.missing.includes("onisep"))) return <Indisponible titre="Fiche métier" missing={outcome.missing} />;
    return <PageIntrouvable quoi="Le métier que vous cherchez" />;
  }
  const data = outcome.data;
  const missing = outcome.missing;
  const metier = outcome.data.metier;
  const offres = metier.offresProches ?? metier.offres;
  const codeRome = metier.rome.nodes[0]?.code;
  return (
    <>
      <h1>{metier.libelle}</h1>
      {lieu ? (
        <LieuResume lieu={lieu} nomCommune={data.commune?.nom} changer={withParams("/pres-de-chez-moi", { retour: `/metiers/${id}` })} />
      ) : (
        <LieuForm retour={`/metiers/${id}`} rayonKm={rayonFromParams(raw)} titre="Voir où s'y former et se faire accompagner près de chez vous" />
      )}
      <PartsMissing missing={missing} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-col-lg-3">
          <Summary
            className="fr-mb-4w prisme-sommaire"
            title="Sommaire"
            links={[
              { text: "Le métier", linkProps: { href: "#le-metier" } },
              { text: "Les formations qui y mènent", linkProps: { href: "#formations" } },
              { text: "La formation continue", linkProps: { href: "#offres" } },
              ...(lieu ? [{ text: "Se faire accompagner", linkProps: { href: "#structures" } }] : []),
              { text: "Événements à venir", linkProps: { href: "#evenements" } },
            ]}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-9">
          <MetierPresentation metier={metier} />
          <FormationsDuMetier
            formations={metier.formations}
            lieu={lieu}
            plus={codeRome && metier.formations.totalCount > metier.formations.nodes.length ? withParams("/recherche", { type: "formations", codeRome }) : undefined}
          />
          {offres ? (
            <Section
              id="offres"
              titre="La formation continue"
              intro={<p>Pour se reconvertir ou se perfectionner : les formations pour adultes qui préparent à ce métier.</p>}
              total={offres.totalCount}
              unite={["offre de formation", "offres de formation"]}
              ordre={lieu ? "du plus proche au plus éloigné" : ""}
              vide={lieu ? `Aucune offre de formation continue dans un rayon de ${lieu.rayonKm} km.` : "Aucune offre de formation continue pour ce métier en ce moment."}
              plus={codeRome ? withParams("/recherche", { type: "offres", codeRome, ...lieuParams(lieu) }) : undefined}
            >
              {offres.nodes.map((offre) => (
                <OffreCard key={offre.id} offre={offre} />
              ))}
            </Section>
          ) : (
            <h2 id="offres">La formation continue</h2>
          )}
          {lieu && data.structures && (
            <Section id="structures" titre="Se faire accompagner" total={data.structures.totalCount} unite={["lieu d'accueil", "lieux d'accueil"]} vide={`Aucun lieu d'accueil connu dans un rayon de ${lieu.rayonKm} km.`}>
              {data.structures.nodes.map((structure) => (
                <StructureCard key={structure.id} structure={structure} />
              ))}
            </Section>
          )}
          {metier.evenements ? (
            <Section
              id="evenements"
              titre="Événements à venir"
              total={metier.evenements.totalCount}
              unite={["événement", "événements"]}
              ordre="par date"
              vide="Aucun événement à venir sur ce métier."
            >
              {metier.evenements.nodes.map((evenement) => (
                <EvenementCard key={evenement.id} evenement={evenement} />
              ))}
            </Section>
          ) : (
            <h2 id="evenements">Événements à venir</h2>
          )}
        </div>
      </div>
    </>
  );
}
