import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { cercleProximite } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { Certification } from "../certification/certification.type";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { OffresLieesArgs } from "../offre/offres-liees.args";
import { Formation } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: "La certification Certif Info de cette formation Onisep (lien codeIdeo2 de Certif Info) ; null si aucune." })
  async certification(@Root() formation: Formation, @Ctx() ctx: CarifOrefContext) {
    const { certifications } = await ctx.read();
    const [first] = certifications.keysWith("formation", [formation.id], "actifPuisCode");
    return first ? (certifications.get(first) ?? null) : null;
  }

  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Les offres de formation continue qui préparent la même certification (par code Certif Info ou numéro RNCP), par intitulé, ou les plus proches d'abord avec proximite ; null quand le Carif-Oref ne répond pas." })
  async offresContinues(@Root() formation: Formation, @Args(() => OffresLieesArgs) args: OffresLieesArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    const { certifications } = await ctx.read();
    const linked = certifications.keysWith("formation", [formation.id]).flatMap((id) => certifications.get(id) ?? []);
    const codes = linked.flatMap((c) => [`ci:${c._id}`, ...(c.codeRncp ? [`rncp:${c.codeRncp}`] : [])]);
    return linkedOffres(ctx, { certification: codes }, args, info, await cercleProximite(args.proximite, ctx.centreDe));
  }
}

/** The representation ({ id }) is all these fields need. */
export const resolveFormationReference = (ref: Formation) => ref;
