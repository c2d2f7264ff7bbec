import { graphql } from "@/graphql/graphql";
import { EtablissementCardFragment } from "@/components/resultats/EtablissementCard";
import { FormationCardFragment } from "@/components/resultats/FormationCard";
import { MetierCardFragment } from "@/components/resultats/MetierCard";
import { OffreCardFragment } from "@/components/resultats/OffreCard";
import { FacetteFragment } from "@/components/recherche/facettes";

/**
 * The search page in one request: each kind of result is switched on by the page (all of them, a
 * few each, on the overview; one kind, a full page, once chosen), with the filters its subgraph
 * takes, with the count of each filter value (facets) once a kind is chosen. The switches also
 * leave out a partner that is down (see loadPage).
 */
export const RechercheQuery = graphql(
  `
    query Recherche(
      $q: String
      $first: Int!
      $after: String
      $avecMetiers: Boolean!
      $avecFormations: Boolean!
      $avecOffres: Boolean!
      $avecEtablissements: Boolean!
      $avecDomaines: Boolean!
      $avecFacettes: Boolean!
      $codeRome: String
      $domaine: String
      $niveau: Int
      $typeFormation: String
      $modalite: ModaliteEnseignement
      $certifiante: Boolean
      $debutApres: LocalDate
      $recrutementOuvert: Boolean
      $moisDebut: String
      $financeur: String
      $departement: String
      $proximite: ProximiteInput
      $types: [TypeEtablissement!]
      $secteur: Secteur
      $voie: Voie
      $apprentissage: Boolean
      $internat: Boolean
      $commune: ID!
      $avecCommune: Boolean!
    ) {
      metiers(recherche: $q, codeRome: $codeRome, domaine: $domaine, first: $first, after: $after) @include(if: $avecMetiers) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id ...MetierCard }
      }
      formations(recherche: $q, codeRome: $codeRome, domaine: $domaine, niveau: $niveau, type: $typeFormation, first: $first, after: $after) @include(if: $avecFormations) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id ...FormationCard }
        facettes @include(if: $avecFacettes) {
          niveau { ...Facette }
          type { ...Facette }
          domaine { ...Facette }
        }
      }
      offres(
        recherche: $q
        codeRome: $codeRome
        modalite: $modalite
        certifiante: $certifiante
        debutApres: $debutApres
        recrutementOuvert: $recrutementOuvert
        moisDebut: $moisDebut
        financeur: $financeur
        departement: $departement
        proximite: $proximite
        first: $first
        after: $after
      ) @include(if: $avecOffres) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id ...OffreCard }
        facettes @include(if: $avecFacettes) {
          modalite { ...Facette }
          certifiante { ...Facette }
          moisDebut { ...Facette }
          recrutementOuvert { ...Facette }
          financeur { ...Facette }
          departement { ...Facette }
        }
      }
      etablissements(
        recherche: $q
        types: $types
        secteur: $secteur
        voie: $voie
        apprentissage: $apprentissage
        internat: $internat
        proximite: $proximite
        etats: [OUVERT]
        first: $first
        after: $after
      ) @include(if: $avecEtablissements) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { uai ...EtablissementCard }
        facettes @include(if: $avecFacettes) {
          type { ...Facette }
          secteur { ...Facette }
          voie { ...Facette }
          apprentissage { ...Facette }
          internat { ...Facette }
        }
      }
      domaines(first: 100) @include(if: $avecDomaines) { nodes { libelle } }
      commune(code: $commune) @include(if: $avecCommune) { nom }
    }
  `,
  [MetierCardFragment, FormationCardFragment, OffreCardFragment, EtablissementCardFragment, FacetteFragment],
);
