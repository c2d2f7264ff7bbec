import { Field, ObjectType } from "type-graphql";
import { Provenance } from "@prisme/common";

@ObjectType("FicheFormation", { simpleResolvers: true,
  description: "La fiche descriptive d'une formation (Onisep, Idéo-Fiches formations). Les textes sont du HTML nettoyé : paragraphes, gras, italique, exposants, listes et liens seulement.",
})
export class FicheFormation {
  @Field(() => String, { nullable: true, description: "Ce qu'est la formation, en HTML nettoyé ; null si la fiche n'en dit rien." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Comment y accéder (après quelle classe, quel diplôme), en HTML nettoyé ; null si la fiche n'en dit rien." })
  acces!: string | null;

  @Field(() => String, { nullable: true, description: "Les poursuites d'études après la formation, en HTML nettoyé ; null si la fiche n'en dit rien." })
  poursuitesEtudes!: string | null;

  @Field(() => [String], { description: "Les formations qu'on peut suivre ensuite, en texte simple (« Bac pro travaux publics »)." })
  poursuitesPossibles!: string[];

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}
