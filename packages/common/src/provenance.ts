import { Directive, Field, ObjectType } from "type-graphql";
import { Schema } from "mongoose";
import { DateHeureISO } from "./graph/scalars";

@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "D'où vient un enregistrement : le partenaire qui le publie, le jeu de données, et quand il a été mis à jour pour la dernière fois." })
export class Provenance {
  @Field(() => String, { description: "Le partenaire qui publie la donnée (par exemple Onisep, Carif-Oref)." })
  producteur!: string;

  @Field(() => String, { description: "Le jeu de données ou le flux d'où l'enregistrement a été lu." })
  jeuDeDonnees!: string;

  @Field(() => DateHeureISO, { description: "Date et heure (ISO 8601) de la dernière importation qui l'a créé ou modifié." })
  miseAJour!: Date;
}

/** The mongoose sub-schema stored with every entity. */
export const provenanceSchema = new Schema<Provenance>(
  {
    producteur: { type: String, required: true },
    jeuDeDonnees: { type: String, required: true },
    miseAJour: { type: Date, required: true },
  },
  { _id: false },
);
