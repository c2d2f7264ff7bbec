import { graphql } from "@/graphql/graphql";
import { EtablissementCardFragment } from "@/components/resultats/EtablissementCard";
import { EvenementCardFragment } from "@/components/resultats/EvenementCard";
import { OffreCardFragment } from "@/components/resultats/OffreCard";
import { StructureCardFragment } from "@/components/resultats/StructureCard";

/** Everything near one point, nearest first, in one request; one switch per partner for outages (see loadPage). */
export const PresDeChezMoiQuery = graphql(
  `
    query PresDeChezMoi(
      $proximite: ProximiteInput!
      $commune: ID!
      $avecCommune: Boolean!
      $avecRectorat: Boolean = true
      $avecCarifOref: Boolean = true
      $avecRegion: Boolean = true
    ) {
      commune(code: $commune) @include(if: $avecCommune) { code nom }
      etablissements(proximite: $proximite, etats: [OUVERT], types: [LYCEE, EREA, ENSEIGNEMENT_SUPERIEUR, AUTRE], first: 6) @include(if: $avecRectorat) {
        totalCount
        nodes { uai ...EtablissementCard }
      }
      offres(proximite: $proximite, first: 6) @include(if: $avecCarifOref) {
        totalCount
        nodes { id ...OffreCard }
      }
      structures(proximite: $proximite, first: 6) @include(if: $avecRegion) {
        totalCount
        nodes { id ...StructureCard }
      }
      evenements(proximite: $proximite, first: 6) @include(if: $avecRegion) {
        totalCount
        nodes { id ...EvenementCard }
      }
    }
  `,
  [EtablissementCardFragment, OffreCardFragment, StructureCardFragment, EvenementCardFragment],
);
