import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CarifOrefContext } from "../context";
import { Certification } from "../certification/certification.type";
import { preferActive } from "../certification/prefer-active";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { OffresLieesArgs } from "../offre/offres-lies.args";
import { Formation } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: "The Certif Info certification of this Onisep formation (Certif Info codeIdeo2 link); null if none." })
  async certification(@Root() formation: Formation, @Ctx() ctx: CarifOrefContext) {
    return preferActive(await ctx.loaders.certificationsByFormation.load(formation.id));
  }

  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Continuing-education offers preparing the same certification (by Certif Info code or RNCP number), by intitulé or, with autourDe, nearest first." })
  async offresContinues(@Root() formation: Formation, @Args(() => OffresLieesArgs) args: OffresLieesArgs, @Ctx() ctx: CarifOrefContext) {
    const certifications = await ctx.loaders.certificationsByFormation.load(formation.id);
    const codesRncp = certifications.flatMap((c) => (c.codeRncp ? [c.codeRncp] : []));
    return linkedOffres(ctx, { codesCertifInfo: certifications.map((c) => c.id), codesRncp }, args);
  }
}

/** The representation ({ id }) is all these fields need. */
export const resolveFormationReference = (ref: Formation) => ref;
