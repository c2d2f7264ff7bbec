import { graphql } from "@/graphql/graphql";
import { LieuEnseignementFragment } from "@/components/formation/LieuEnseignement";
import { EvenementCardFragment } from "@/components/resultats/EvenementCard";
import { MetierCardFragment } from "@/components/resultats/MetierCard";
import { OffreCardFragment } from "@/components/resultats/OffreCard";

/**
 * A formation initiale in one request: what it is (Onisep), its certification (Carif-Oref), the
 * métiers it leads to, the schools teaching it (nearest first with a place) with places, wishes
 * and outcomes (Rectorat), the continuing-education offers of the same certification, and events.
 */
export const FormationQuery = graphql(
  `
    query Formation($id: ID!, $proche: Boolean!, $proximite: ProximiteInput!, $evenementsProches: ProximiteInput, $commune: ID!, $avecCommune: Boolean!) {
      formation(id: $id) {
        id
        libelle
        sigle
        duree
        tutelle
        codeRncp
        urlOnisep
        codesRome
        type { sigle libelle }
        niveau { europeen libelle }
        domaines { domaine sousDomaine }
        provenance { producteur jeuDeDonnees miseAJour }
        metiers(first: 12) {
          totalCount
          nodes { id ...MetierCard }
        }
        certification {
          id
          libelle
          niveau
          certificateur
          codeRncp
          rncp { intitule actif dateFinEnregistrement }
        }
        etablissementsProches: etablissements(proximite: $proximite, first: 10) @include(if: $proche) {
          totalCount
          nodes { uai nom commune { nom } ...LieuEnseignement }
        }
        etablissements(first: 10) @skip(if: $proche) {
          totalCount
          nodes { uai nom commune { nom } ...LieuEnseignement }
        }
        offresProches: offresContinues(proximite: $proximite, first: 4) @include(if: $proche) {
          totalCount
          nodes { id ...OffreCard }
        }
        offresContinues(first: 4) @skip(if: $proche) {
          totalCount
          nodes { id ...OffreCard }
        }
        evenements(proximite: $evenementsProches, first: 4) {
          totalCount
          nodes { id ...EvenementCard }
        }
      }
      commune(code: $commune) @include(if: $avecCommune) { nom }
    }
  `,
  [MetierCardFragment, LieuEnseignementFragment, OffreCardFragment, EvenementCardFragment],
);
