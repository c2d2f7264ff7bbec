import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { DomaineSousDomaine } from "../common/domaine.type";
import { FacettesMetiers, TransitionsMetier } from "./transitions.type";

@ObjectType({ description: "Une publication Onisep (guide, dossier) qui présente le métier." })
export class Publication {
  @Field(() => String, { description: "Titre de la publication." })
  titre!: string;

  @Field(() => String, { name: "collection", nullable: true, description: "Collection Onisep (Parcours, Dossiers…) ; null si l'export ne la donne pas." })
  nomCollection!: string | null;

  @Field(() => Int, { nullable: true, description: "Année de parution ; null si inconnue." })
  annee!: number | null;

  @Field(() => String, { nullable: true, description: "Code EAN (GENCOD) de la publication imprimée ; null si inconnu." })
  gencod!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Un métier, tel que le décrit l'Onisep (export Idéo-Métiers)." })
export class Metier {
  @Field(() => ID, { description: "Identifiant Onisep du métier, par exemple MET.105." })
  id!: string;

  @Field(() => String, { description: "Libellé Onisep, avec ses deux formes : « menuisier / menuisière »." })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "La forme masculine du libellé." })
  libelleMasculin?: string | null;

  @Field(() => String, { nullable: true, description: "La forme féminine du libellé." })
  libelleFeminin?: string | null;

  @Field(() => [String], { description: "Codes des fiches ROME 4.0 du métier (par exemple M1805), d'après l'export Idéo-Métiers et la table métiers ↔ ROME de l'Onisep : le lien avec France Travail et les offres de formation continue." })
  codesRome!: string[];

  libellesRome?: string[];

  @Field(() => [DomaineSousDomaine], { description: "Domaines et sous-domaines Onisep du métier." })
  domaines?: DomaineSousDomaine[];

  @Field(() => String, { nullable: true, description: "Groupe formation emploi (GFE) Onisep, par exemple « GFE Q : commerce, gestion, finances »." })
  gfe?: string | null;

  @Field(() => [Publication], { description: "Publications Onisep qui présentent le métier." })
  publications?: Publication[];

  @Field(() => String, { nullable: true, description: "Adresse de la fiche du métier sur onisep.fr." })
  urlOnisep?: string | null;

  @Field(() => TransitionsMetier, { nullable: true, description: "Les transitions (écologique, numérique, démographique) pour lesquelles le métier est repéré, par ses fiches ROME ; null quand la table métiers ↔ ROME de l'Onisep n'en dit rien." })
  transitions?: TransitionsMetier | null;

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

export const MetierConnection = Connection(Metier, { facettes: FacettesMetiers });
