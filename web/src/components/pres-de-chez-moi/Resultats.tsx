import type { ResultOf } from "@/graphql/graphql";
import type { PresDeChezMoiQuery } from "@/app/pres-de-chez-moi/pres-de-chez-moi.query";
import { lieuParams, type Lieu } from "@/lib/lieu";
import { withParams } from "@/lib/search-params";
import { EtablissementCard } from "../resultats/EtablissementCard";
import { EvenementCard } from "../resultats/EvenementCard";
import { OffreCard } from "../resultats/OffreCard";
import { StructureCard } from "../resultats/StructureCard";
import { Section } from "../resultats/Section";

/** What is near the place, kind by kind; a kind whose partner did not answer is left out (the alert says so). */
export function Resultats({ data, lieu }: { data: Partial<ResultOf<typeof PresDeChezMoiQuery>>; lieu: Lieu }) {
  const place = lieuParams(lieu);
  return (
    <>
      {data.etablissements && (
        <Section
          id="etablissements"
          titre="Établissements où étudier"
          total={data.etablissements.totalCount}
          unite={["établissement", "établissements"]}
          vide="Aucun lycée, CFA ou établissement d'enseignement supérieur dans ce rayon."
          plus={withParams("/recherche", { type: "etablissements", ...place })}
        >
          {data.etablissements.nodes.map((e) => (
            <EtablissementCard key={e.uai} etablissement={e} />
          ))}
        </Section>
      )}
      {data.offres && (
        <Section
          id="offres"
          titre="Formations continues"
          total={data.offres.totalCount}
          unite={["offre de formation", "offres de formation"]}
          vide="Aucune offre de formation continue dans ce rayon."
          plus={withParams("/recherche", { type: "offres", ...place })}
        >
          {data.offres.nodes.map((o) => (
            <OffreCard key={o.id} offre={o} />
          ))}
        </Section>
      )}
      {data.structures && (
        <Section id="structures" titre="Où se faire accompagner" total={data.structures.totalCount} unite={["lieu d'accueil", "lieux d'accueil"]} vide="Aucun lieu d'accueil connu dans ce rayon.">
          {data.structures.nodes.map((s) => (
            <StructureCard key={s.id} structure={s} />
          ))}
        </Section>
      )}
      {data.evenements && (
        <Section id="evenements" titre="Événements à venir" ordre="par date" total={data.evenements.totalCount} unite={["événement", "événements"]} vide="Aucun événement à venir dans ce rayon.">
          {data.evenements.nodes.map((e) => (
            <EvenementCard key={e.id} evenement={e} />
          ))}
        </Section>
      )}
    </>
  );
}
