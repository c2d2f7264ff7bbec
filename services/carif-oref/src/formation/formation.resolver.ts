import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { Certification } from "../certification/certification.type";
import { preferActive } from "../certification/prefer-active";
import { distinctById } from "../common/identifiers";
import { current } from "../offre/current";
import { OffreFormationConnection } from "../offre/offre.type";
import { Formation } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: "The Certif Info certification of this Onisep formation (Certif Info codeIdeo2 link); null if none." })
  async certification(@Root() formation: Formation, @Ctx() ctx: CarifOrefContext) {
    return preferActive(await ctx.loaders.certificationsByFormation.load(formation.id));
  }

  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Continuing-education offers preparing the same certification (by Certif Info code or RNCP number)." })
  async offresContinues(@Root() formation: Formation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    const certifications = await ctx.loaders.certificationsByFormation.load(formation.id);
    const byCode = await ctx.loaders.offresByCertifInfo.loadMany(certifications.map((c) => c.id));
    const byRncp = await ctx.loaders.offresByRncp.loadMany(certifications.flatMap((c) => (c.codeRncp ? [c.codeRncp] : [])));
    return connectionFromArray(current(distinctById([...byCode, ...byRncp].filter(Array.isArray))), args);
  }
}

/** The representation ({ id }) is all these fields need. */
export const resolveFormationReference = (ref: Formation) => ref;
