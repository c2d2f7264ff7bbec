import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, connectionFromTable, pageRequest } from "@prisme/common";
import type { RectoratContext } from "../context";
import { Departement } from "../departement/departement.type";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { avecDistance } from "../etablissement/etablissements.query";
import { Academie, AcademieConnection, ACADEMIES, academieParCode } from "./academie.type";

@Resolver(() => Academie)
export class AcademieResolver {
  @Query(() => Academie, { nullable: true, description: "An académie by its code (e.g. 06); null if unknown." })
  academie(@Arg("code", () => ID) code: string): Academie | null {
    return academieParCode(code.trim().padStart(2, "0"));
  }

  @Query(() => AcademieConnection, { description: "The académies, by code." })
  academies(@Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(ACADEMIES, args, (a) => [a.code]);
  }

  // Items nullable: the region subgraph may not hold a listed code (985, 990 are not INSEE
  // départements; a region may load only its own), and a non-null item would void the académie.
  @FieldResolver(() => [Departement], { nullable: "items", description: "Its départements (null for a code the region subgraph does not know)." })
  departements(@Root() academie: Academie): Departement[] {
    return academie.departements.map((code) => ({ code }));
  }

  @FieldResolver(() => EtablissementConnection, { description: "Its établissements, by name." })
  async etablissements(@Root() academie: Academie, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext) {
    return connectionFromTable((await ctx.read()).etablissements.query({ where: { codeAcademie: [academie.code] } }, pageRequest(args)), avecDistance);
  }
}

/** Académies are a fixed list (in the code, not the database): a reference resolves from it. */
export const resolveAcademieReference = (ref: { code: string }) => academieParCode(ref.code);
