import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, Coordonnees, Provenance } from "@prisme/common";
import { PublicStructure, TypeStructure } from "./structure.enum";
import { StructureContact } from "./structure-contact.type";
import { FacettesStructures } from "./structure-facettes.type";
import { StructureHoraire } from "./structure-horaire.type";

/**
 * Rectorat's établissement, by its UAI only: this subgraph adds its events (Etablissement.evenements).
 * Neither the stub nor its key is described here: composition takes rectorat's descriptions.
 */
@Directive('@key(fields: "uai")')
@ObjectType({ simpleResolvers: true })
export class Etablissement {
  @Field(() => ID)
  uai!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Une structure membre du service public régional de l'orientation (SPRO) : un lieu où une personne est reçue et conseillée." })
export class StructureSpro {
  @Field(() => ID, { description: "Identifiant Prisme : source et code de la source, par exemple ft-457 (agence France Travail), milo-63113S00 (Mission locale), ml-63113 (zone de couverture UNML), demo-… (démonstration)." })
  id!: string;

  @Field(() => TypeStructure, { description: "Son réseau (CIO, Mission locale…)." })
  type!: TypeStructure;

  @Field(() => String, { description: "Son nom." })
  nom!: string;

  @Field(() => String, { nullable: true, description: "Adresse postale sur une ligne ; null quand la source n'en donne pas." })
  adresse?: string | null;

  @Field(() => Coordonnees, { nullable: true, description: "Son point (degrés WGS 84), ou le centre de sa commune quand la source ne donne pas d'adresse ; null sans l'un ni l'autre." })
  coordonnees?: Coordonnees | null;

  @Field(() => [PublicStructure], { description: "Les publics qu'elle accueille ; vide quand la source ne le dit pas." })
  publics!: PublicStructure[];

  @Field(() => [String], { description: "Services proposés (texte libre de la source)." })
  services!: string[];

  @Field(() => [StructureHoraire], { description: "Plages d'ouverture, par jour puis par heure (plusieurs par jour quand elle ferme à midi) ; vide quand elles sont inconnues." })
  horaires!: StructureHoraire[];

  @Field(() => String, { nullable: true, description: "Précision libre sur les horaires, par exemple « sur rendez-vous le mercredi »." })
  precisionHoraires?: string | null;

  @Field(() => StructureContact, { description: "Téléphone, courriel et site web ; chacun null quand il est inconnu." })
  contacts!: StructureContact;

  @Field(() => Float, { nullable: true, description: "Distance en km du point de la recherche (argument proximite), arrondie au centième ; null hors d'une recherche de proximité." })
  distanceKm?: number | null;

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;

  @Field(() => String, {
    nullable: true,
    description: "Code INSEE de la commune où elle se trouve (par exemple 63113), tel que la source le donne : visible même quand la commune ne peut être résolue ; null quand la source ne permet pas de la situer.",
  })
  codeCommune!: string | null;

  communesCouvertes!: string[];
  uai!: string | null;
}

export const StructureSproConnection = Connection(StructureSpro, { facettes: FacettesStructures });
