import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, Provenance, DateHeureISO } from "@prisme/common";
import { Coordonnees } from "@prisme/common";
import { PublicStructure } from "../structure/structure.enum";
import { TypeEvenement } from "./evenement.enum";

@Directive('@key(fields: "id")')
@ObjectType({ description: "An orientation event of the territory (salon, forum, open day, workshop, webinar)." })
export class Evenement {
  @Field(() => ID)
  id!: string;

  @Field(() => TypeEvenement)
  type!: TypeEvenement;

  @Field(() => String)
  titre!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateHeureISO, { description: "Start, an instant; the event takes place in Europe/Paris time (e.g. 2026-12-05T09:00:00+01:00 = 08:00Z)." })
  debut!: Date;

  @Field(() => DateHeureISO, { description: "End, an instant (Europe/Paris time for the reader)." })
  fin!: Date;

  @Field(() => Coordonnees, { nullable: true, description: "Where it takes place: its own point, else its commune's centre; null online." })
  coordonnees?: Coordonnees | null;

  @Field(() => String, { nullable: true, description: "For an online event, where to join." })
  url?: string | null;

  @Field(() => [PublicStructure])
  publics!: PublicStructure[];

  @Field(() => String, { nullable: true, description: "How to register (URL or instructions); null when entry is free." })
  inscription?: string | null;

  @Field(() => [ID], { description: "Ids of the métiers it concerns (Onisep ids, as Metier.id)." })
  metierIds!: string[];

  @Field(() => [ID], { description: "Ids of the formations it concerns (as Formation.id)." })
  formationIds!: string[];

  @Field(() => Boolean, { description: "Cancelled events are kept and shown, with this flag." })
  annule!: boolean;

  @Field(() => String, { nullable: true })
  motifAnnulation?: string | null;

  @Field(() => Float, { nullable: true, description: "Distance in km from the point of the query; null elsewhere." })
  distanceKm?: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  codeCommune!: string | null;
  organisateurStructure!: string | null;
  organisateurUai!: string | null;
  uais!: string[];
}

export const EvenementConnection = Connection(Evenement);
