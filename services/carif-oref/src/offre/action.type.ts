import { Field, Int, ObjectType } from "type-graphql";
import { Commune } from "../commune/commune.type";
import { AdresseOffre, ExtraLheo } from "./adresse.type";
import { ModaliteEnseignement } from "./modalite-enseignement.enum";
import { Session } from "./session.type";

@ObjectType("LieuFormation", { description: "Where an action is taught (LHEO lieu-de-formation)." })
export class LieuFormation {
  @Field(() => String, { nullable: true, description: "Name of the place (first line of its coordonnees)." })
  nom!: string | null;

  @Field(() => String, { nullable: true })
  siret!: string | null;

  @Field(() => String, { nullable: true, description: "UAI when the place is a school." })
  uai!: string | null;

  @Field(() => AdresseOffre)
  adresse!: AdresseOffre;

  @Field(() => Commune, { nullable: true, description: "The commune (region subgraph), from the INSEE code; null when the feed gives none." })
  commune?: Commune | null;
}

@ObjectType("FinanceurFormation", { description: "Who funds places on an action (LHEO organisme-financeur, dict-financeurs)." })
export class Financeur {
  @Field(() => String, { description: "LHEO dict-financeurs code, e.g. 2 (Conseil régional)." })
  code!: string;

  @Field(() => String, { nullable: true })
  libelle?: string | null;

  @Field(() => Int, { nullable: true })
  nbPlacesFinancees!: number | null;
}

@ObjectType("OrganismeFormateur", { description: "The organisme that teaches an action, when it is not the responsible one." })
export class OrganismeFormateur {
  @Field(() => String)
  siret!: string;

  @Field(() => String, { nullable: true })
  raisonSociale!: string | null;
}

@ObjectType("ActionFormation", { description: "An LHEO action: one way an offer is delivered (place, rhythm, public, funding), with its sessions." })
export class ActionFormation {
  @Field(() => String, { nullable: true })
  numero!: string | null;

  @Field(() => String, { nullable: true })
  rythme!: string | null;

  @Field(() => [String], { description: "Formacode codes of the public aimed at (LHEO code-public-vise)." })
  codesPublicVise!: string[];

  @Field(() => String, { nullable: true })
  infoPublicVise!: string | null;

  @Field(() => Boolean, { nullable: true })
  niveauEntreeObligatoire!: boolean | null;

  @Field(() => String, { nullable: true })
  modalitesAlternance!: string | null;

  @Field(() => ModaliteEnseignement, { nullable: true })
  modaliteEnseignement!: ModaliteEnseignement | null;

  @Field(() => String, { nullable: true })
  conditionsSpecifiques!: string | null;

  @Field(() => Boolean, { nullable: true })
  priseEnChargeFraisPossible!: boolean | null;

  @Field(() => [LieuFormation])
  lieux!: LieuFormation[];

  @Field(() => Boolean, { nullable: true, description: "True: entries and exits all year round; false: fixed dates." })
  entreesSortiesPermanentes!: boolean | null;

  @Field(() => [String])
  urls!: string[];

  @Field(() => String, { nullable: true })
  dureeIndicative!: string | null;

  @Field(() => Int, { nullable: true })
  nombreHeuresCentre!: number | null;

  @Field(() => Int, { nullable: true })
  nombreHeuresEntreprise!: number | null;

  @Field(() => Int, { nullable: true })
  nombreHeuresTotal!: number | null;

  @Field(() => String, { nullable: true })
  prixTotalTTC!: string | null;

  @Field(() => [OrganismeFormateur])
  organismesFormateurs!: OrganismeFormateur[];

  @Field(() => [Financeur])
  financeurs!: Financeur[];

  @Field(() => String, { nullable: true })
  hebergement!: string | null;

  @Field(() => String, { nullable: true })
  restauration!: string | null;

  @Field(() => String, { nullable: true })
  transport!: string | null;

  @Field(() => String, { nullable: true })
  accesHandicapes!: string | null;

  @Field(() => [String], { description: "Teaching languages (ISO 639-1)." })
  langues!: string[];

  @Field(() => [Session])
  sessions!: Session[];

  @Field(() => [ExtraLheo])
  extras!: ExtraLheo[];
}
