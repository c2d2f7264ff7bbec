import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, Coordonnees, Provenance } from "@prisme/common";
import { Adresse, Contacts, Nature } from "./etablissement-details.type";
import { EtatEtablissement, Secteur, Section, TypeEtablissement, Voie } from "./etablissement.enum";

@Directive('@key(fields: "uai")')
@ObjectType({ description: "An établissement (école, collège, lycée, CFA, CIO…) of the Annuaire de l'éducation." })
export class Etablissement {
  @Field(() => ID, { description: "UAI, e.g. 0630022G." })
  uai!: string;

  @Field(() => String)
  nom!: string;

  @Field(() => TypeEtablissement, { nullable: true, description: "Kind; CIO for the centres d'information et d'orientation." })
  type?: TypeEtablissement | null;

  @Field(() => Nature, { nullable: true })
  nature?: Nature | null;

  @Field(() => Secteur, { nullable: true })
  secteur?: Secteur | null;

  @Field(() => String, { nullable: true, description: "Contract of a private établissement with the State (e.g. CONTRAT D'ASSOCIATION TOUTES CLASSES)." })
  contrat?: string | null;

  @Field(() => Adresse, { nullable: true })
  adresse?: Adresse | null;

  @Field(() => Coordonnees, { nullable: true, description: "Location; null when no source has one." })
  coordonnees?: Coordonnees | null;

  @Field(() => Contacts, { nullable: true })
  contacts?: Contacts | null;

  @Field(() => [Voie], { description: "Voies of a lycée (générale, technologique, professionnelle); empty otherwise." })
  voies!: Voie[];

  @Field(() => Boolean, { nullable: true, description: "Trains apprentices." })
  apprentissage?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has a boarding school (internat)." })
  hebergement?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has a canteen." })
  restauration?: boolean | null;

  @Field(() => [Section])
  sections!: Section[];

  @Field(() => String, { nullable: true, description: "Its page on onisep.fr." })
  ficheOnisep?: string | null;

  @Field(() => EtatEtablissement, { nullable: true, description: "Closed établissements are kept, marked FERME." })
  etat?: EtatEtablissement | null;

  @Field(() => String, { nullable: true, description: "Opening date, YYYY-MM-DD." })
  dateOuverture?: string | null;

  @Field(() => String, { nullable: true })
  siret?: string | null;

  @Field(() => Float, { nullable: true, description: "Distance in km from the point of the search that listed it (presDe); null otherwise." })
  distanceKm?: number | null;

  @Field(() => Provenance, { description: "The main source (the Annuaire when it lists it)." })
  provenance!: Provenance;

  // Held by the read model, exposed through field resolvers (commune, departement, academie).
  codeCommune?: string | null;
  codeDepartement?: string | null;
  codeAcademie?: string | null;
}

export const EtablissementConnection = Connection(Etablissement);
