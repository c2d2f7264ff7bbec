import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection, Coordonnees, Provenance } from "@prisme/common";
import { Adresse, BassinFormation, Circonscription, Contacts, Nature } from "./etablissement-details.type";
import { EducationPrioritaire, EtatEtablissement, Secteur, Section, TypeEtablissement, Voie } from "./etablissement.enum";
import { FacettesEtablissements } from "./etablissement.facettes";

@Directive('@key(fields: "uai")')
@ObjectType({ simpleResolvers: true, description: "Un établissement de l'Annuaire de l'éducation : école, collège, lycée, centre de formation d'apprentis, centre d'information et d'orientation (CIO)…" })
export class Etablissement {
  @Field(() => ID, { description: "UAI (unité administrative immatriculée) : 7 chiffres et une lettre de contrôle, par exemple 0630022G." })
  uai!: string;

  @Field(() => String, { description: "Nom de l'établissement, tel que l'écrit l'Annuaire de l'éducation." })
  nom!: string;

  @Field(() => TypeEtablissement, { nullable: true, description: "Type d'établissement ; CIO pour les centres d'information et d'orientation ; null si aucune source ne le donne." })
  type?: TypeEtablissement | null;

  @Field(() => Nature, { nullable: true, description: "Nature de l'établissement dans la BCE ; null si aucune source ne la donne." })
  nature?: Nature | null;

  @Field(() => Secteur, { nullable: true, description: "Secteur public ou privé ; null si aucune source ne le donne." })
  secteur?: Secteur | null;

  @Field(() => String, { nullable: true, description: "Contrat d'un établissement privé avec l'État, tel que l'écrit l'Annuaire (par exemple CONTRAT D'ASSOCIATION TOUTES CLASSES) ; null pour un établissement public." })
  contrat?: string | null;

  @Field(() => Adresse, { nullable: true, description: "Adresse postale ; null si aucune source ne la donne." })
  adresse?: Adresse | null;

  @Field(() => Coordonnees, { nullable: true, description: "Position de l'établissement ; null quand aucune source ne la donne." })
  coordonnees?: Coordonnees | null;

  @Field(() => Contacts, { nullable: true, description: "Téléphone, adresse électronique et site web ; null si aucune source ne les donne." })
  contacts?: Contacts | null;

  @Field(() => [Voie], { description: "Voies d'un lycée (générale, technologique, professionnelle) ; vide pour les autres établissements." })
  voies!: Voie[];

  @Field(() => Boolean, { nullable: true, description: "Vrai s'il forme des apprentis ; null si l'Annuaire ne le dit pas." })
  apprentissage?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai s'il a un internat (hébergement des élèves) ; null si l'Annuaire ne le dit pas." })
  hebergement?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai s'il a un service de restauration (cantine) ; null si l'Annuaire ne le dit pas." })
  restauration?: boolean | null;

  @Field(() => [Section], { description: "Sections particulières (arts, sport, internationale…) ; vide s'il n'en a pas." })
  sections!: Section[];

  @Field(() => String, { nullable: true, description: "Adresse de sa fiche sur onisep.fr ; null s'il n'en a pas." })
  ficheOnisep?: string | null;

  @Field(() => EtatEtablissement, { nullable: true, description: "État administratif ; les établissements fermés restent dans le graphe, à l'état FERME." })
  etat?: EtatEtablissement | null;

  @Field(() => String, { nullable: true, description: "Date d'ouverture, au format ISO 8601 AAAA-MM-JJ (par exemple 1965-05-01) ; null si inconnue." })
  dateOuverture?: string | null;

  @Field(() => String, { nullable: true, description: "Numéro SIRET, 14 chiffres, tel que l'écrit l'Annuaire ; null s'il n'en donne pas." })
  siret?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Pour une école, vrai si elle a des classes maternelles ; null si l'Annuaire ne le dit pas (les autres établissements)." })
  ecoleMaternelle?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Pour une école, vrai si elle a des classes élémentaires (du CP au CM2) ; null si l'Annuaire ne le dit pas (les autres établissements)." })
  ecoleElementaire?: boolean | null;

  @Field(() => EducationPrioritaire, { nullable: true, description: "Réseau d'éducation prioritaire (REP ou REP+) ; null hors éducation prioritaire ou si l'Annuaire ne le dit pas." })
  educationPrioritaire?: EducationPrioritaire | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai s'il a une unité localisée pour l'inclusion scolaire (ULIS) ; null si l'Annuaire ne le dit pas." })
  ulis?: boolean | null;

  @Field(() => Circonscription, { nullable: true, description: "Pour une école, sa circonscription d'inspection du premier degré ; null si l'Annuaire n'en donne pas." })
  circonscription?: Circonscription | null;

  @Field(() => BassinFormation, { nullable: true, description: "Son bassin de formation ; null si l'Annuaire n'en donne pas." })
  bassinFormation?: BassinFormation | null;

  @Field(() => String, { nullable: true, description: "Ministère de tutelle, tel que l'écrit la source (par exemple MINISTERE DE L'EDUCATION NATIONALE, AGRICULTURE) ; null si aucune source ne le donne." })
  ministereTutelle?: string | null;

  @Field(() => String, { nullable: true, description: "Date de dernière mise à jour de sa fiche dans l'Annuaire, au format ISO 8601 AAAA-MM-JJ ; null si inconnue. La date d'import est dans provenance." })
  dateMiseAJour?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Précision de sa position (coordonnees), telle que la donne la source : Numéro de rue, Rue, Lieu-dit, Ville, Parfaite, Correcte… ; null si inconnue.",
  })
  precisionLocalisation?: string | null;

  @Field(() => Int, { nullable: true, description: "Nombre d'élèves inscrits selon l'Annuaire de l'éducation ; null s'il ne le donne pas." })
  nombreEleves?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Distance en kilomètres (arrondie à 10 m) entre l'établissement et le lieu de l'argument proximite de la liste qui l'a donné ; null hors d'une recherche par proximité.",
  })
  distanceKm?: number | null;

  @Field(() => Provenance, { description: "La source principale de la fiche (l'Annuaire de l'éducation quand il la donne)." })
  provenance!: Provenance;

  @Field(() => String, {
    nullable: true,
    description: "Code INSEE de sa commune (par exemple 63113), tel que l'écrit la source : visible même quand le sous-graphe région ne connaît pas la commune ; null si aucune source ne le donne.",
  })
  codeCommune?: string | null;

  // Held by the read model, exposed through field resolvers (departement, academie).
  codeDepartement?: string | null;
  codeAcademie?: string | null;
}

export const EtablissementConnection = Connection(Etablissement, { facettes: FacettesEtablissements });
