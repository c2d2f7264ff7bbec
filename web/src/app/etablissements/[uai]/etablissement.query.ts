import { graphql } from "@/graphql/graphql";
import { EvenementCardFragment } from "@/components/resultats/EvenementCard";
import { OffreCardFragment } from "@/components/resultats/OffreCard";

/**
 * An établissement in one request: the Annuaire's record, what it teaches with places and wishes,
 * the InserJeunes outcomes (Rectorat), the continuing-education offers given there (Carif-Oref),
 * its events (Région). The Onisep names of what it teaches have a switch for outages (see loadPage).
 */
export const EtablissementQuery = graphql(
  `
    query Etablissement($uai: ID!, $avecOnisep: Boolean = true) {
      etablissement(uai: $uai) {
        uai
        nom
        type
        secteur
        contrat
        etat
        nature { libelle }
        adresse { lignes codePostal localite }
        contacts { telephone mail web }
        voies
        apprentissage
        hebergement
        restauration
        sections
        ficheOnisep
        academie { nom }
        commune { code nom }
        provenance { producteur jeuDeDonnees miseAJour }
        formations(first: 60) {
          totalCount
          nodes {
            source
            statut
            libelle
            session
            capacite
            demandesPremierVoeu
            voeuxConfirmes
            formations @include(if: $avecOnisep) { id libelle }
          }
        }
        insertions(first: 12) {
          nodes {
            millesime
            population
            tauxEmploi6Mois
            tauxEmploi6MoisAttendu
            valeurAjoutee
            tauxPoursuiteEtudes
          }
        }
        offres(first: 4) {
          totalCount
          nodes { id ...OffreCard }
        }
        evenements(first: 4) {
          totalCount
          nodes { id ...EvenementCard }
        }
      }
    }
  `,
  [OffreCardFragment, EvenementCardFragment],
);
