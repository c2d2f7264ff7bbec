import type { Metadata } from "next";
import { Link } from "@/components/link/Link";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { LieuResume } from "@/components/lieu/LieuResume";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { criteresFromParams, criteresParams, type Criteres, type TypeResultat } from "@/components/recherche/criteres";
import { facettes } from "@/components/recherche/facettes";
import { Filtres } from "@/components/recherche/Filtres";
import { FiltresActifs } from "@/components/recherche/FiltresActifs";
import { Onglets, PARMI } from "@/components/recherche/Onglets";
import { Apercu, connectionOf, ListeResultats } from "@/components/recherche/Resultats";
import { SearchBox } from "@/components/recherche/SearchBox";
import { MAX_CHARS } from "@/components/recherche/suggestions";
import { RECHERCHE_PARTS, rechercheVariables } from "@/components/recherche/variables";
import { pageMetadata } from "@/components/seo/page-metadata";
import type { ResultOf } from "@/graphql/graphql";
import { loadPage } from "@/graphql/page-loader";
import { withParams, type RawParams } from "@/lib/search-params";
import { RechercheQuery } from "./recherche.query";

type Props = { searchParams: Promise<RawParams> };

/** The counts of each filter value of the kind chosen, when its subgraph gives facets. */
function facettesDe(c: Criteres, data: ResultOf<typeof RechercheQuery>) {
  if (c.type === "formations" && data.formations?.facettes) {
    const f = data.formations.facettes;
    return { niveau: facettes(f.niveau), type: facettes(f.type), domaine: facettes(f.domaine) };
  }
  if (c.type === "offres" && data.offres?.facettes) {
    const f = data.offres.facettes;
    return { modalite: facettes(f.modalite), certifiante: facettes(f.certifiante), moisDebut: facettes(f.moisDebut), recrutementOuvert: facettes(f.recrutementOuvert), financeur: facettes(f.financeur), departement: facettes(f.departement) };
  }
  if (c.type === "etablissements" && data.etablissements?.facettes) {
    const f = data.etablissements.facettes;
    return { typeEtablissement: facettes(f.type), secteur: facettes(f.secteur), voie: facettes(f.voie), apprentissage: facettes(f.apprentissage), internat: facettes(f.internat) };
  }
  return undefined;
}

function titre(c: Criteres): string {
  const ou = c.type ? ` ${PARMI[c.type]}` : "";
  if (c.q) return `Recherche « ${c.q} »${ou}`;
  return `Rechercher${ou}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const c = criteresFromParams(await searchParams);
  const filtre = Object.entries(criteresParams(c)).some(([key, value]) => key !== "q" && key !== "type" && value !== undefined && value.length > 0);
  return pageMetadata(
    titre(c) + (c.apres ? " (suite)" : ""),
    c.q ? `Métiers, formations, formation continue et établissements pour « ${c.q} ».` : "Chercher un métier, une formation, une formation continue ou un établissement, et filtrer les résultats.",
    withParams("/recherche", { q: c.q, type: c.type }),
    { index: !filtre },
  );
}

export default async function Recherche({ searchParams }: Props) {
  const c = criteresFromParams(await searchParams);
  const { data, missing, failure } = await loadPage(RechercheQuery, rechercheVariables(c), RECHERCHE_PARTS);
  const totaux = Object.fromEntries((["metiers", "formations", "offres", "etablissements"] as TypeResultat[]).flatMap((type) => (data && connectionOf(type, data) ? [[type, connectionOf(type, data)!.totalCount]] : [])));
  const ici = withParams("/recherche", criteresParams({ ...c, apres: undefined }));
  return (
    <>
      <h1>{titre(c)}</h1>
      <div className="fr-mb-3w">
        <SearchBox defaultValue={c.q} />
      </div>
      {c.qCoupee && (
        <Notice className="fr-mb-3w" title={`Votre recherche dépassait ${MAX_CHARS} caractères : seuls les ${MAX_CHARS} premiers ont été utilisés.`} />
      )}
      <Onglets criteres={c} totaux={totaux} />
      {c.lieu ? (
        <LieuResume lieu={c.lieu} nomCommune={data?.commune?.nom} changer={withParams("/pres-de-chez-moi", { retour: ici })} />
      ) : (
        (c.type === "offres" || c.type === "etablissements" || !c.type) && (
          <p>
            <Link className="fr-link fr-icon-map-pin-2-line fr-link--icon-left" href={withParams("/pres-de-chez-moi", { retour: ici })}>
              Trier par distance : indiquer ma commune
            </Link>
          </p>
        )
      )}
      <PartsMissing missing={missing} failure={failure} />
      {data && c.type && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Filtres criteres={c} domaines={data.domaines?.nodes.map((d) => d.libelle) ?? []} facettes={facettesDe(c, data)} />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            <FiltresActifs criteres={c} facettes={facettesDe(c, data)} />
            <ListeResultats criteres={{ ...c, type: c.type }} data={data} />
          </div>
        </div>
      )}
      {data && !c.type && <Apercu criteres={c} data={data} />}
    </>
  );
}
