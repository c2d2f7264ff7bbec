import { ArgsType, Field, Float, InputType } from "type-graphql";
import { ConnectionArgs, DateLocale, ProximiteInput } from "@prisme/common";
import { ModaliteEnseignement } from "./modalite-enseignement.enum";

@InputType("PointRayon", { description: "Un point et un rayon (remplacé par ProximiteInput)." })
export class PointRayon {
  @Field(() => Float, { description: "Latitude, en degrés décimaux WGS 84 (de −90 à 90)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, en degrés décimaux WGS 84 (de −180 à 180)." })
  longitude!: number;

  @Field(() => Float, { description: "Rayon en kilomètres, plus de 0 et au plus 200." })
  rayonKm!: number;
}

@ArgsType()
export class OffresArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Recherche plein texte (intitulé, objectifs, organisme, ville) : accents et casse ignorés, une faute de frappe tolérée, débuts de mots ; résultats classés par pertinence (200 caractères au plus).",
  })
  recherche?: string | null;

  @Field(() => String, { nullable: true, description: "Comme recherche, qui le remplace.", deprecationReason: "Use recherche." })
  texte?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement les offres qui préparent à ce code ROME (par exemple M1805)." })
  codeRome?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement les offres de ce Formacode (5 chiffres, par exemple 31054) ou d'un terme plus précis du thésaurus (COMPTABILITE GENERALE pour COMPTABILITE), quand le Formacode est importé." })
  formacode?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement les offres qui mènent à cette certification RNCP (37674 ou RNCP37674)." })
  codeRncp?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Seulement les offres certifiantes (true) ou non certifiantes (false)." })
  certifiante?: boolean | null;

  @Field(() => ModaliteEnseignement, { nullable: true, description: "Seulement les offres dont une action est dispensée ainsi (A_DISTANCE pour la formation à distance)." })
  modalite?: ModaliteEnseignement | null;

  @Field(() => String, { nullable: true, description: "Seulement les offres dont une action a ce financeur (code du dictionnaire LHEO dict-financeurs, par exemple 2 pour le conseil régional)." })
  financeur?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement les offres dont un lieu de formation est dans ce département (code INSEE, par exemple 63)." })
  departement?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement les offres dont une session commence ce mois-là (AAAA-MM, par exemple 2027-09)." })
  moisDebut?: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Seulement les offres dont une session commence ce jour-là ou après (AAAA-MM-JJ)." })
  debutApres?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement les offres dont une session recrute (état OUVERT)." })
  recrutementOuvert?: boolean | null;

  @Field(() => ProximiteInput, { nullable: true, description: "Seulement les offres dispensées dans le rayon d'un point ou d'une commune, les plus proches d'abord (distanceKm dit à quelle distance)." })
  proximite?: ProximiteInput | null;

  @Field(() => PointRayon, { nullable: true, description: "Comme proximite, qui le remplace.", deprecationReason: "Use proximite: { latitude, longitude, rayonKm } (or codeCommune)." })
  autourDe?: PointRayon | null;
}
