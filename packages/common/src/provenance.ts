import { Directive, Field, ObjectType } from "type-graphql";
import { Schema } from "mongoose";
import { GraphQLDateTimeISO } from "graphql-scalars";

@Directive("@shareable")
@ObjectType({ description: "Where a record comes from: partner, dataset, and when it was last refreshed." })
export class Provenance {
  @Field(() => String, { description: "The partner that publishes the data (e.g. Onisep, Carif-Oref)." })
  producteur!: string;

  @Field(() => String, { description: "The dataset or feed the record was read from." })
  jeuDeDonnees!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When the record was last imported or changed." })
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
