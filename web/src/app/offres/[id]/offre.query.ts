import { graphql } from "@/graphql/graphql";

/**
 * A continuing-education offer (Carif-Oref, LHEO): what it teaches, its actions with their places,
 * sessions and funded places, the organisme and the certifications. The school a place is
 * (Rectorat) has a switch for outages (see loadPage).
 */
export const OffreQuery = graphql(`
  query Offre($id: ID!, $avecRectorat: Boolean = true) {
    offre(id: $id) {
      id
      intitule
      objectif
      resultatsAttendus
      contenu
      certifiante
      retiree
      codesRome
      urls
      niveauEntree { libelle }
      niveauSortie { libelle }
      provenance { producteur jeuDeDonnees miseAJour }
      organisme {
        siret
        nom
        adresse { lignes codePostal ville }
        telephone
        courriel
        web
      }
      certifications {
        id
        libelle
        niveau
        codeRncp
        idsFormationOnisep
        rncp { actif }
      }
      actions {
        numero
        rythme
        modaliteEnseignement
        dureeIndicative
        nombreHeuresTotal
        prixTotalTTCEuros
        entreesSortiesPermanentes
        infoPublicVise
        conditionsSpecifiques
        accesHandicapes
        financeurs { libelle nbPlacesFinancees }
        lieux {
          nom
          adresse { lignes codePostal ville coordonnees { latitude longitude } }
          etablissement @include(if: $avecRectorat) { uai nom }
        }
        sessions {
          numero
          debut
          fin
          etatRecrutement
          modalitesInscription
          adresseInscription { lignes codePostal ville }
        }
      }
    }
  }
`);
