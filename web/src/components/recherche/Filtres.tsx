import { Link } from "@/components/link/Link";
import { lieuParams } from "@/lib/lieu";
import { withParams } from "@/lib/search-params";
import { criteresParams, pourType, type Criteres } from "./criteres";
import { FiltresEtablissements, type FacettesEtablissements } from "./FiltresEtablissements";
import { FiltresFormations, type FacettesFormations } from "./FiltresFormations";
import { FiltresOffres, type FacettesOffres } from "./FiltresOffres";

/**
 * The filters of the chosen kind of result, as a GET form: the URL says everything, so a filtered
 * search can be shared. Each value shows its count (the graph's facets), except the métiers'
 * domaines (métiers have no facets).
 */
export function Filtres({ criteres: c, domaines, facettes }: { criteres: Criteres; domaines: readonly string[]; facettes?: FacettesFormations & FacettesOffres & FacettesEtablissements }) {
  if (!c.type) return null;
  const hidden = { q: c.q, type: c.type, codeRome: c.codeRome, ...lieuParams(c.lieu) };
  return (
    <form action="/recherche" method="get" className="fr-mb-4w" aria-labelledby="filtres-titre">
      <h2 id="filtres-titre" className="fr-h5">
        Affiner
      </h2>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      {(c.type === "metiers" || c.type === "formations") && <FiltresFormations criteres={c} domaines={domaines} facettes={facettes} />}
      {c.type === "offres" && <FiltresOffres criteres={c} facettes={facettes} />}
      {c.type === "etablissements" && <FiltresEtablissements criteres={c} facettes={facettes} />}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <button type="submit" className="fr-btn">
            Appliquer les filtres
          </button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" href={withParams("/recherche", criteresParams(pourType(c, c.type)))}>
            Effacer les filtres
          </Link>
        </li>
      </ul>
    </form>
  );
}
