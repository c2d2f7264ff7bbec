import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import type { RectoratContext } from "../context";
import { Departement } from "../departement/departement.type";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { Academie, AcademieConnection, ACADEMIES, academieParCode } from "./academie.type";

@Resolver(() => Academie)
export class AcademieResolver {
  @Query(() => Academie, { nullable: true, description: "An académie by its code (e.g. 06); null if unknown." })
  academie(@Arg("code", () => ID) code: string): Academie | null {
    return academieParCode(code.trim().padStart(2, "0"));
  }

  @Query(() => AcademieConnection, { description: "The académies, by code." })
  academies(@Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(ACADEMIES, args);
  }

  @FieldResolver(() => [Departement])
  departements(@Root() academie: Academie): Departement[] {
    return academie.departements.map((code) => ({ code }));
  }

  @FieldResolver(() => EtablissementConnection, { description: "Its établissements, by name." })
  async etablissements(@Root() academie: Academie, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext) {
    const window = pageWindow(args);
    const filter = { codeAcademie: academie.code };
    const [nodes, total] = await Promise.all([
      ctx.models.Etablissement.find(filter).sort({ nom: 1, uai: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Etablissement.countDocuments(filter),
    ]);
    return toConnection(nodes, window, total);
  }
}

/** Académies are a fixed list: a reference resolves without the database. */
export const resolveAcademieReference = (ref: { code: string }) => academieParCode(ref.code);
