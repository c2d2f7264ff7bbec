import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { DomaineSousDomaine } from "../common/domaine.type";

@ObjectType({ description: "An Onisep publication (guide, dossier) that presents the métier." })
export class Publication {
  @Field(() => String)
  titre!: string;

  @Field(() => String, { name: "collection", nullable: true, description: "Onisep collection (Parcours, Dossiers…)." })
  nomCollection!: string | null;

  @Field(() => Int, { nullable: true })
  annee!: number | null;

  @Field(() => String, { nullable: true, description: "EAN/GENCOD of the printed publication." })
  gencod!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A métier (occupation) as described by Onisep." })
export class Metier {
  @Field(() => ID, { description: "Onisep id, e.g. MET.105." })
  id!: string;

  @Field(() => String, { description: 'As written by Onisep, both forms: "menuisier / menuisière".' })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "The masculine form of the libellé." })
  libelleMasculin?: string | null;

  @Field(() => String, { nullable: true, description: "The feminine form of the libellé." })
  libelleFeminin?: string | null;

  @Field(() => [String], { description: "ROME 4.0 codes of the métier (e.g. M1805)." })
  codesRome!: string[];

  libellesRome?: string[];
  sousDomaineKeys?: string[];

  @Field(() => [DomaineSousDomaine])
  domaines?: DomaineSousDomaine[];

  @Field(() => String, { nullable: true, description: 'Onisep "groupe formation emploi" (e.g. "GFE Q : commerce, gestion, finances").' })
  gfe?: string | null;

  @Field(() => [Publication], { description: "Onisep publications presenting the métier (one per row of the export)." })
  publications?: Publication[];

  @Field(() => String, { nullable: true, description: "The métier's page on onisep.fr." })
  urlOnisep?: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const MetierConnection = Connection(Metier);
