import { graphql } from "@/graphql/graphql";
import { LieuEnseignementFragment } from "@/components/formation/LieuEnseignement";
import { EvenementCardFragment } from "@/components/resultats/EvenementCard";
import { OffreCardFragment } from "@/components/resultats/OffreCard";
import { StructureCardFragment } from "@/components/resultats/StructureCard";

/**
 * The whole journey of a métier in one request, across the four partners: what it is and its
 * ROME fiches (Onisep), the formations leading to it and the schools near the person that teach
 * them, with places, wishes and outcomes (Rectorat), the continuing-education offers near them
 * with their sessions (Carif-Oref), and the structures that can help and the coming events
 * (Région). Without a place, the lists are not about distance.
 */
export const MetierQuery = graphql(
  `
    query Metier(
      $id: ID!
      $proche: Boolean!
      $proximite: ProximiteInput!
      $nombreFormations: Int!
      $evenementsProches: ProximiteInput
      $commune: ID!
      $avecCommune: Boolean!
      $avecStructures: Boolean!
    ) {
      metier(id: $id) {
        id
        libelle
        libelleMasculin
        libelleFeminin
        gfe
        urlOnisep
        domaines { domaine sousDomaine }
        provenance { producteur jeuDeDonnees miseAJour }
        rome(first: 10) {
          nodes {
            code
            libelle
            transitions
            emploiReglemente
            domaineProfessionnel { libelle }
          }
        }
        # With a place, a larger page: the formations taught near the person come first on the page.
        formations(first: $nombreFormations) {
          totalCount
          nodes {
            id
            libelle
            duree
            niveau { libelle }
            etablissements(proximite: $proximite, first: 2) @include(if: $proche) {
              totalCount
              nodes { uai distanceKm ...LieuEnseignement }
            }
          }
        }
        offresProches: offres(proximite: $proximite, first: 4) @include(if: $proche) {
          totalCount
          nodes { id ...OffreCard }
        }
        offres(first: 4) @skip(if: $proche) {
          totalCount
          nodes { id ...OffreCard }
        }
        evenements(proximite: $evenementsProches, first: 4) {
          totalCount
          nodes { id ...EvenementCard }
        }
      }
      structures(proximite: $proximite, first: 4) @include(if: $avecStructures) {
        totalCount
        nodes { id ...StructureCard }
      }
      commune(code: $commune) @include(if: $avecCommune) { nom }
    }
  `,
  [LieuEnseignementFragment, OffreCardFragment, EvenementCardFragment, StructureCardFragment],
);
