import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CommuneChoices } from "@/components/lieu/CommuneChoices";
import { LieuForm } from "@/components/lieu/LieuForm";
import { LieuResume } from "@/components/lieu/LieuResume";
import { retourAvecLieu, safeRetour } from "@/components/lieu/retour";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { Resultats } from "@/components/pres-de-chez-moi/Resultats";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadQuery } from "@/graphql/cached-query";
import { loadPage } from "@/graphql/page-loader";
import { communeMeant } from "@/lib/commune-match";
import { lieuFromParams, lieuParams, proximiteDe, rayonFromParams, type Lieu } from "@/lib/lieu";
import { single, textParam, withParams, type RawParams } from "@/lib/search-params";
import { CommunesQuery } from "./communes.query";
import { PresDeChezMoiQuery } from "./pres-de-chez-moi.query";

type Props = { searchParams: Promise<RawParams> };

const load = (lieu: Lieu) =>
  loadPage(
    PresDeChezMoiQuery,
    { proximite: proximiteDe(lieu), commune: lieu.commune ?? "", avecCommune: !!lieu.commune },
    { rectorat: ["avecRectorat"], "carif-oref": ["avecCarifOref"], region: ["avecRegion", "avecCommune"] },
  );

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = await searchParams;
  const lieu = lieuFromParams(raw);
  if (!lieu) return pageMetadata("Près de chez moi", "Établissements, formations continues, lieux d'accueil et événements autour de votre commune.", "/pres-de-chez-moi");
  const { data } = await load(lieu);
  const ou = data?.commune?.nom ? `Près de ${data.commune.nom}` : "Près de votre position";
  return pageMetadata(
    `${ou} (${lieu.rayonKm} km)`,
    `${ou}, dans un rayon de ${lieu.rayonKm} km : où étudier, se former, se faire accompagner, et les événements à venir.`,
    withParams("/pres-de-chez-moi", lieuParams(lieu)),
    { index: !!lieu.commune },
  );
}

export default async function PresDeChezMoi({ searchParams }: Props) {
  const raw = await searchParams;
  const rayonKm = rayonFromParams(raw);
  const typed = textParam(raw, "lieu", 60).value;
  const retour = safeRetour(single(raw, "retour"));
  const lieu = lieuFromParams(raw);

  if (typed && !lieu) {
    const { data, missing, failure } = await loadQuery(CommunesQuery, { recherche: typed });
    // A commune the Région does not store has no name: it cannot be offered.
    const communes = (data?.communes.nodes ?? []).flatMap((c) => (c.nom ? [{ ...c, nom: c.nom, codesPostaux: c.codesPostaux ?? [] }] : []));
    const meant = communeMeant(typed, communes);
    if (meant?.centre) {
      redirect(retourAvecLieu(retour ?? "/pres-de-chez-moi", lieuParams({ commune: meant.code, latitude: meant.centre.latitude, longitude: meant.centre.longitude, rayonKm })));
    }
    return (
      <>
        <h1>Près de chez moi</h1>
        <PartsMissing missing={missing} failure={failure} />
        {data && <CommuneChoices typed={typed} communes={communes} retour={retour ?? "/pres-de-chez-moi"} rayonKm={rayonKm} />}
        <LieuForm lieu={typed} rayonKm={rayonKm} retour={retour} titre="Chercher une autre commune" />
      </>
    );
  }

  if (!lieu) {
    return (
      <>
        <h1>Près de chez moi</h1>
        <p className="fr-text--lead">Indiquez votre commune pour voir, du plus proche au plus éloigné, où étudier, où se former, où se faire accompagner, et les événements à venir.</p>
        <LieuForm rayonKm={rayonKm} retour={retour} />
      </>
    );
  }

  const { data, missing, failure } = await load(lieu);
  const nom = data?.commune?.nom;
  return (
    <>
      <h1>{nom ? `Près de ${nom}` : "Près de votre position"}</h1>
      <LieuResume lieu={lieu} nomCommune={nom} changer="/pres-de-chez-moi" />
      <PartsMissing missing={missing} failure={failure} />
      {data && <Resultats data={data} lieu={lieu} />}
    </>
  );
}
