import { ArgsType, Field, Int } from "type-graphql";
import { badUserInput, ConnectionArgs, verifierIdentifiant, type TableQuery } from "@prisme/common";
import { checkSearchText } from "../common/identifiers";
import { domaineKey, normalizeKey } from "../common/text";

@ArgsType()
export class MetiersArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Recherche plein texte sur le libellé, et sur les appellations ROME de ses fiches (« plaquiste », « aide-soignant ») : accents et casse ignorés, début de mot, une faute de frappe tolérée ; résultats classés par pertinence.",
  })
  recherche?: string | null;

  @Field(() => String, { nullable: true, description: "Domaine Onisep, ou « domaine/sous-domaine » (par exemple « arts, culture, artisanat/artisanat d'art »)." })
  domaine?: string | null;

  @Field(() => String, { nullable: true, description: "Code ROME (par exemple M1805)." })
  codeRome?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement les métiers repérés pour la transition écologique ; false : ceux qui ne le sont pas (les métiers sans donnée sont exclus dans les deux cas)." })
  transitionEcologique?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement les métiers repérés pour la transition numérique ; false : ceux qui ne le sont pas (les métiers sans donnée sont exclus dans les deux cas)." })
  transitionNumerique?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement les métiers repérés pour la transition démographique ; false : ceux qui ne le sont pas (les métiers sans donnée sont exclus dans les deux cas)." })
  transitionDemographique?: boolean | null;
}

@ArgsType()
export class FormationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Recherche plein texte sur le libellé et le type : accents et casse ignorés, début de mot, une faute de frappe tolérée ; résultats classés par pertinence." })
  recherche?: string | null;

  @Field(() => String, { nullable: true, description: "Domaine Onisep, ou « domaine/sous-domaine »." })
  domaine?: string | null;

  @Field(() => Int, { nullable: true, description: "Niveau européen, de 3 (CAP) à 8 (doctorat)." })
  niveau?: number | null;

  @Field(() => String, { nullable: true, description: "Type de formation : son sigle (« BTS ») ou son libellé (« brevet de technicien supérieur »)." })
  type?: string | null;

  @Field(() => String, { nullable: true, description: "Code ROME d'un métier auquel elle mène." })
  codeRome?: string | null;

  @Field(() => String, { nullable: true, description: "Numéro RNCP (RNCP35990 ou 35990)." })
  codeRncp?: string | null;
}

/** A domaine filter value as the index key: each side of "/" normalized like the stored pairs. */
function domaineFilter(value: string): string {
  const [domaine, sousDomaine] = value.split("/");
  if (!normalizeKey(domaine ?? "")) throw badUserInput(`"domaine" must name an Onisep domaine (got "${value}").`, "domaine");
  return domaineKey(domaine ?? "", sousDomaine?.trim() || null);
}

/** The read-model query of metiers(…), arguments checked. */
export function metierQuery(args: MetiersArgs): TableQuery {
  const where: NonNullable<TableQuery["where"]> = {};
  if (args.domaine != null) where.domaine = [domaineFilter(args.domaine)];
  if (args.codeRome != null) where.codeRome = [verifierIdentifiant("codeRome", args.codeRome, "codeRome")];
  if (args.transitionEcologique != null) where.transitionEcologique = [args.transitionEcologique];
  if (args.transitionNumerique != null) where.transitionNumerique = [args.transitionNumerique];
  if (args.transitionDemographique != null) where.transitionDemographique = [args.transitionDemographique];
  return { text: args.recherche != null ? checkSearchText(args.recherche) || null : null, where };
}

/** The read-model query of formations(…), arguments checked; `facets` are the facets the request selects. */
export function formationQuery(args: FormationsArgs, facets: string[] = []): TableQuery {
  const where: NonNullable<TableQuery["where"]> = {};
  if (args.domaine != null) where.domaine = [domaineFilter(args.domaine)];
  if (args.codeRome != null) where.codeRome = [verifierIdentifiant("codeRome", args.codeRome, "codeRome")];
  if (args.niveau != null) {
    if (!Number.isInteger(args.niveau) || args.niveau < 3 || args.niveau > 8) throw badUserInput(`"niveau" is a European level from 3 (CAP) to 8 (doctorat) (got ${args.niveau}).`, "niveau");
    where.niveau = [args.niveau];
  }
  if (args.type != null) {
    const type = normalizeKey(args.type);
    if (!type) throw badUserInput(`"type" must be a sigle or libellé of type de formation (got "${args.type}").`, "type");
    where.type = [type];
  }
  if (args.codeRncp != null) where.codeRncp = [verifierIdentifiant("codeRncp", args.codeRncp, "codeRncp")];
  return { text: args.recherche != null ? checkSearchText(args.recherche) || null : null, where, facets };
}
