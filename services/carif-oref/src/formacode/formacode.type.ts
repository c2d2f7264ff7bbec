import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@ObjectType("ChampSemantiqueFormacode", { simpleResolvers: true, description: "Un champ sémantique du Formacode : le domaine de trois chiffres auquel appartient un descripteur (par exemple 310 INFORMATIQUE)." })
export class ChampSemantiqueFormacode {
  @Field(() => String, { description: "Code du champ, trois chiffres." })
  code!: string;

  @Field(() => String, { description: "Libellé du champ, en capitales comme l'écrit le thésaurus." })
  libelle!: string;
}

@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, description: "Un descripteur du Formacode (thésaurus des domaines de formation du Centre Inffo) : libellé, champ sémantique, termes plus généraux et plus précis, définition." })
export class Formacode {
  @Field(() => ID, { description: "Code Formacode, cinq chiffres (par exemple 31054)." })
  code!: string;

  @Field(() => String, { description: "Libellé, en minuscules accentuées (« informatique »)." })
  libelle!: string;

  @Field(() => String, { description: "Libellé tel que l'écrit le thésaurus, en capitales sans accents (« INFORMATIQUE »)." })
  libelleOfficiel!: string;

  @Field(() => ChampSemantiqueFormacode, { nullable: true, description: "Le champ sémantique du descripteur ; null pour les termes qui n'en ont pas (publics)." })
  champSemantique!: ChampSemantiqueFormacode | null;

  @Field(() => [String], { description: "Les mots que le descripteur remplace (non-descripteurs, « employé pour »), par exemple « bioinformatique » pour INFORMATIQUE." })
  synonymes!: string[];

  @Field(() => String, { nullable: true, description: "Définition du terme ; null si le thésaurus n'en donne pas." })
  definition!: string | null;

  @Field(() => String, { nullable: true, description: "Note d'application : comment indexer avec ce terme ; null s'il n'y en a pas." })
  note!: string | null;

  @Field(() => Provenance, { description: "D'où vient le descripteur : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

export const FormacodeConnection = Connection(Formacode);
