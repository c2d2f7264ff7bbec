import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, verifierIdentifiant } from "@prisme/common";
import type { RectoratContext } from "../context";
import { Departement } from "../departement/departement.type";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { pageEtablissements } from "../etablissement/etablissements.page";
import { Academie, AcademieConnection, ACADEMIES, academieParCode } from "./academie.type";

@Resolver(() => Academie)
export class AcademieResolver {
  @Query(() => Academie, { nullable: true, description: "Une académie par son code ; null si elle est inconnue." })
  academie(@Arg("code", () => ID, { description: "Code de l'académie, 2 chiffres, par exemple 06 pour Clermont-Ferrand (6 est accepté)." }) code: string): Academie | null {
    return academieParCode(verifierIdentifiant("codeAcademie", code, "code"));
  }

  @Query(() => AcademieConnection, { description: "Les académies de France, par code." })
  academies(@Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(ACADEMIES, args, (a) => [a.code]);
  }

  // Items nullable: the region subgraph may not hold a listed code (985, 990 are not INSEE
  // départements; a region may load only its own), and a non-null item would void the académie.
  @FieldResolver(() => [Departement], { nullable: "items", description: "Ses départements ; null pour un code que le sous-graphe région ne connaît pas." })
  departements(@Root() academie: Academie): Departement[] {
    return academie.departements.map((code) => ({ code }));
  }

  @FieldResolver(() => EtablissementConnection, { description: "Ses établissements et CIO, par nom." })
  async etablissements(@Root() academie: Academie, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext, @Info() info: GraphQLResolveInfo) {
    return pageEtablissements(ctx, { where: { codeAcademie: [academie.code] } }, args, info);
  }
}

/** Académies are a fixed list (in the code, not the database): a reference resolves from it. */
export const resolveAcademieReference = (ref: { code: string }) => academieParCode(ref.code);
