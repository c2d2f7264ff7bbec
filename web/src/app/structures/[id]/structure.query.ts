import { graphql } from "@/graphql/graphql";

/** A SPRO structure (Région): where it is, when it is open, how to reach it, whom it receives. */
export const StructureQuery = graphql(`
  query Structure($id: ID!) {
    structure(id: $id) {
      id
      type
      nom
      adresse
      publics
      services
      precisionHoraires
      horaires { jour ouverture fermeture }
      contacts { telephone courriel siteWeb }
      coordonnees { latitude longitude }
      provenance { producteur jeuDeDonnees miseAJour }
      commune { code nom }
      communesCouvertes(first: 40) {
        totalCount
        nodes { code nom }
      }
      etablissement { uai nom }
    }
  }
`);
