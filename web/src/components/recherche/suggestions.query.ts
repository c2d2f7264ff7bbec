import { graphql } from "@/graphql/graphql";

/**
 * What the person may be looking for, as they type: each kind ranked by the subgraph that owns
 * it (accents, case and one typo forgiven, prefixes match). One switch per partner: when one is
 * down, the others' suggestions are asked again without it.
 */
export const SuggestionsQuery = graphql(`
  query Suggestions($q: String!, $avecOnisep: Boolean = true, $avecCarifOref: Boolean = true, $avecRectorat: Boolean = true, $avecRegion: Boolean = true) {
    metiers(recherche: $q, first: 4) @include(if: $avecOnisep) { nodes { id libelle } }
    formations(recherche: $q, first: 4) @include(if: $avecOnisep) { nodes { id libelle } }
    offres(recherche: $q, first: 3) @include(if: $avecCarifOref) { nodes { id intitule lieux { adresse { ville } } } }
    etablissements(recherche: $q, first: 3) @include(if: $avecRectorat) { nodes { uai nom adresse { localite } } }
    communes(recherche: $q, first: 3) @include(if: $avecRegion) { nodes { code nom codesPostaux centre { latitude longitude } } }
  }
`);
