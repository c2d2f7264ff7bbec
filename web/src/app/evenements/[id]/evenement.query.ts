import { graphql } from "@/graphql/graphql";

/** An event (Région): when, where or online, for whom, how to register, who organises it. */
export const EvenementQuery = graphql(`
  query Evenement($id: ID!, $avecRectorat: Boolean = true) {
    evenement(id: $id) {
      id
      type
      titre
      description
      debut
      fin
      url
      publics
      inscription
      metierIds
      formationIds
      annule
      motifAnnulation
      coordonnees { latitude longitude }
      provenance { producteur jeuDeDonnees miseAJour }
      lieu { code nom }
      organisateurStructure { id nom }
      organisateurEtablissement @include(if: $avecRectorat) { uai nom }
      etablissements @include(if: $avecRectorat) { uai nom }
    }
  }
`);

/**
 * The names of the métiers and formations an event is about (it holds their ids): a second,
 * small request, for at most five of each.
 */
export const EvenementSujetsQuery = graphql(`
  query EvenementSujets(
    $m0: ID! = "" $m1: ID! = "" $m2: ID! = "" $m3: ID! = "" $m4: ID! = ""
    $f0: ID! = "" $f1: ID! = "" $f2: ID! = "" $f3: ID! = "" $f4: ID! = ""
    $avecM0: Boolean = false $avecM1: Boolean = false $avecM2: Boolean = false $avecM3: Boolean = false $avecM4: Boolean = false
    $avecF0: Boolean = false $avecF1: Boolean = false $avecF2: Boolean = false $avecF3: Boolean = false $avecF4: Boolean = false
  ) {
    m0: metier(id: $m0) @include(if: $avecM0) { id libelle }
    m1: metier(id: $m1) @include(if: $avecM1) { id libelle }
    m2: metier(id: $m2) @include(if: $avecM2) { id libelle }
    m3: metier(id: $m3) @include(if: $avecM3) { id libelle }
    m4: metier(id: $m4) @include(if: $avecM4) { id libelle }
    f0: formation(id: $f0) @include(if: $avecF0) { id libelle }
    f1: formation(id: $f1) @include(if: $avecF1) { id libelle }
    f2: formation(id: $f2) @include(if: $avecF2) { id libelle }
    f3: formation(id: $f3) @include(if: $avecF3) { id libelle }
    f4: formation(id: $f4) @include(if: $avecF4) { id libelle }
  }
`);
