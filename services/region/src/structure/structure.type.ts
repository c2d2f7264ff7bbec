import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { Coordonnees } from "@prisme/common";
import { PublicStructure, TypeStructure } from "./structure.enum";
import { StructureContact } from "./structure-contact.type";
import { StructureHoraire } from "./structure-horaire.type";

/** Rectorat's établissement, by its UAI only: this subgraph adds its events (Etablissement.evenements). */
@Directive('@key(fields: "uai")')
@ObjectType()
export class Etablissement {
  @Field(() => ID)
  uai!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A member structure of the service public régional de l'orientation: where a person can be received for advice." })
export class StructureSpro {
  @Field(() => ID, { description: "Source and code: ft-457 (France Travail agency), milo-63113S00 (Mission locale), ml-63113 (UNML coverage code), demo-…" })
  id!: string;

  @Field(() => TypeStructure)
  type!: TypeStructure;

  @Field(() => String)
  nom!: string;

  @Field(() => String, { nullable: true, description: "Postal address on one line; null when the source gives none." })
  adresse?: string | null;

  @Field(() => Coordonnees, { nullable: true, description: "Its point, or its commune's centre when the source gives no address." })
  coordonnees?: Coordonnees | null;

  @Field(() => [PublicStructure])
  publics!: PublicStructure[];

  @Field(() => [String], { description: "Services offered (free text of the source)." })
  services!: string[];

  @Field(() => [StructureHoraire], { description: "Opening slots, by day then time (several per day when it closes at noon); empty when unknown." })
  horaires!: StructureHoraire[];

  @Field(() => String, { nullable: true, description: 'Free text on the hours, e.g. "sur rendez-vous le mercredi".' })
  precisionHoraires?: string | null;

  @Field(() => StructureContact, { description: "Telephone, e-mail and web site; each null when unknown." })
  contacts!: StructureContact;

  @Field(() => Float, { nullable: true, description: "Distance in km from the point of the query (structures near a point); null elsewhere." })
  distanceKm?: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  codeCommune!: string | null;
  communesCouvertes!: string[];
  uai!: string | null;
}

export const StructureSproConnection = Connection(StructureSpro);
