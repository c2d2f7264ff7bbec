import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, Coordonnees, DateHeureISO, Provenance } from "@prisme/common";
import { PublicStructure } from "../structure/structure.enum";
import { FacettesEvenements } from "./evenement-facettes.type";
import { TypeEvenement } from "./evenement.enum";

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Un événement d'orientation du territoire : salon, forum, journée portes ouvertes, atelier, webinaire." })
export class Evenement {
  @Field(() => ID, { description: "Identifiant Prisme de l'événement : demo-… (démonstration) ou evt-<uuid> (saisi par un administrateur)." })
  id!: string;

  @Field(() => TypeEvenement, { description: "Son genre." })
  type!: TypeEvenement;

  @Field(() => String, { description: "Son titre." })
  titre!: string;

  @Field(() => String, { nullable: true, description: "Présentation libre ; null si aucune." })
  description?: string | null;

  @Field(() => DateHeureISO, {
    description: "Début, un instant ISO 8601 en temps universel ; l'événement se tient à l'heure de Paris (2026-12-05T08:00:00Z = 9 h à Paris en hiver).",
  })
  debut!: Date;

  @Field(() => DateHeureISO, { description: "Fin, un instant ISO 8601 en temps universel (à lire à l'heure de Paris)." })
  fin!: Date;

  @Field(() => Coordonnees, { nullable: true, description: "Où il a lieu, en degrés WGS 84 : son point exact, sinon le centre de sa commune ; null en ligne." })
  coordonnees?: Coordonnees | null;

  @Field(() => String, { nullable: true, description: "Pour un événement en ligne, l'adresse http ou https où le suivre ; null sinon." })
  url?: string | null;

  @Field(() => [PublicStructure], { description: "Les publics à qui il s'adresse ; vide quand ce n'est pas précisé." })
  publics!: PublicStructure[];

  @Field(() => String, { nullable: true, description: "Comment s'inscrire (une adresse ou des consignes) ; null si l'entrée est libre." })
  inscription?: string | null;

  @Field(() => [ID], { description: "Identifiants Onisep des métiers qu'il concerne (comme Metier.id, par exemple MET.105)." })
  metierIds!: string[];

  @Field(() => [ID], { description: "Identifiants Onisep des formations qu'il concerne (comme Formation.id, par exemple FOR.1234)." })
  formationIds!: string[];

  @Field(() => Boolean, { description: "Vrai si l'événement est annulé : il reste listé et consultable, avec cette marque." })
  annule!: boolean;

  @Field(() => String, { nullable: true, description: "Motif de l'annulation, tel que saisi ; null s'il n'est pas annulé ou sans motif." })
  motifAnnulation?: string | null;

  @Field(() => Float, { nullable: true, description: "Distance en km du point de la recherche (argument proximite), arrondie au centième ; null hors d'une recherche de proximité." })
  distanceKm?: number | null;

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;

  @Field(() => String, { nullable: true, description: "Code INSEE de la commune où il a lieu (par exemple 63113), visible même quand la commune ne peut être résolue ; null en ligne." })
  codeCommune!: string | null;

  organisateurStructure!: string | null;
  organisateurUai!: string | null;
  uais!: string[];
}

export const EvenementConnection = Connection(Evenement, { facettes: FacettesEvenements });
