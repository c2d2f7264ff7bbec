import { Directive, Field, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@ObjectType({ description: "A ROME domaine professionnel (three characters, e.g. M18)." })
export class DomaineProfessionnel {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  libelle!: string;
}

@Directive('@key(fields: "code")')
@ObjectType({ description: "A ROME 4.0 fiche métier of France Travail (e.g. M1805)." })
export class Rome {
  @Field(() => String, { description: "ROME code: a letter A–N and 4 digits." })
  code!: string;

  @Field(() => String)
  libelle!: string;

  codeDomaineProfessionnel!: string;

  @Field(() => String, { nullable: true })
  codeOgr?: string | null;

  @Field(() => [String], { description: "Transitions the fiche is flagged for (écologique, numérique, démographique)." })
  transitions?: string[];

  @Field(() => Boolean, { nullable: true })
  emploiReglemente?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  emploiCadre?: boolean | null;

  @Field(() => String, { nullable: true, description: "The parent fiche when this one is a variant." })
  codeRomeParent?: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const RomeConnection = Connection(Rome);
