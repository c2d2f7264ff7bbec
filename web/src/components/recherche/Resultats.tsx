import { Link } from "@/components/link/Link";
import type { ResultOf } from "@/graphql/graphql";
import type { RechercheQuery } from "@/app/recherche/recherche.query";
import { plural } from "@/lib/format";
import { withParams } from "@/lib/search-params";
import { EtablissementCard } from "../resultats/EtablissementCard";
import { FormationCard } from "../resultats/FormationCard";
import { MetierCard } from "../resultats/MetierCard";
import { OffreCard } from "../resultats/OffreCard";
import { ResultGrid } from "../resultats/ResultGrid";
import { criteresParams, pourType, type Criteres, type TypeResultat } from "./criteres";
import { LIBELLES_TYPE, PARMI } from "./Onglets";
import { Pagination } from "./Pagination";

type Data = Partial<ResultOf<typeof RechercheQuery>>;

const UNITES: Record<TypeResultat, [string, string]> = {
  metiers: ["métier", "métiers"],
  formations: ["formation", "formations"],
  offres: ["offre de formation continue", "offres de formation continue"],
  etablissements: ["établissement", "établissements"],
};

/** The cards of one kind of result. */
function cards(type: TypeResultat, data: Data, titleAs: "h2" | "h3") {
  switch (type) {
    case "metiers":
      return (data.metiers?.nodes ?? []).map((m) => <MetierCard key={m.id} metier={m} titleAs={titleAs} />);
    case "formations":
      return (data.formations?.nodes ?? []).map((f) => <FormationCard key={f.id} formation={f} titleAs={titleAs} />);
    case "offres":
      return (data.offres?.nodes ?? []).map((o) => <OffreCard key={o.id} offre={o} titleAs={titleAs} />);
    case "etablissements":
      return (data.etablissements?.nodes ?? []).map((e) => <EtablissementCard key={e.uai} etablissement={e} titleAs={titleAs} />);
  }
}

/** The connection of one kind, when its partner answered. */
export const connectionOf = (type: TypeResultat, data: Data) => data[type] ?? undefined;

/** One kind of result, a full page of it, with its count and the way to the next page. */
export function ListeResultats({ criteres, data }: { criteres: Criteres & { type: TypeResultat }; data: Data }) {
  const connection = connectionOf(criteres.type, data);
  if (!connection) return null;
  const trieParDistance = !!criteres.lieu && (criteres.type === "offres" || criteres.type === "etablissements");
  return (
    <section aria-labelledby="resultats-titre">
      <h2 id="resultats-titre" className="fr-h4" aria-live="polite">
        {connection.totalCount === 0 ? `Aucun résultat ${PARMI[criteres.type]}` : plural(connection.totalCount, ...UNITES[criteres.type])}
        {trieParDistance && connection.totalCount > 0 ? ", du plus proche au plus éloigné" : ""}
      </h2>
      {connection.totalCount === 0 && <p>Essayez avec d&apos;autres mots ou retirez un filtre.</p>}
      <ResultGrid>{cards(criteres.type, data, "h3")}</ResultGrid>
      <Pagination criteres={criteres} endCursor={connection.pageInfo.endCursor ?? null} hasNextPage={connection.pageInfo.hasNextPage} />
    </section>
  );
}

/** The overview: a few results of every kind, each with a link to all of them. */
export function Apercu({ criteres, data }: { criteres: Criteres; data: Data }) {
  const types = (Object.keys(LIBELLES_TYPE) as TypeResultat[]).filter((type) => connectionOf(type, data));
  if (types.every((type) => connectionOf(type, data)!.totalCount === 0)) {
    return <p className="fr-text--lead">Aucun résultat. Vérifiez l&apos;orthographe ou essayez avec d&apos;autres mots.</p>;
  }
  return (
    <>
      {types.map((type) => {
        const connection = connectionOf(type, data)!;
        if (connection.totalCount === 0) return null;
        return (
          <section key={type} aria-labelledby={`apercu-${type}`} className="fr-mb-5w">
            <h2 id={`apercu-${type}`}>{LIBELLES_TYPE[type]}</h2>
            <ResultGrid>{cards(type, data, "h3")}</ResultGrid>
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withParams("/recherche", criteresParams(pourType(criteres, type)))}>
              Voir {connection.totalCount > 1 ? `les ${plural(connection.totalCount, ...UNITES[type])}` : `le résultat`}
            </Link>
          </section>
        );
      })}
    </>
  );
}
