import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { Certification } from "../certification/certification.type";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { Formation } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: "The Certif Info certification of this Onisep formation (Certif Info codeIdeo2 link); null if none." })
  async certification(@Root() formation: Formation, @Ctx() ctx: CarifOrefContext) {
    const { certifications } = await ctx.read();
    const [first] = certifications.keysWith("formation", [formation.id], "actifPuisCode");
    return first ? (certifications.get(first) ?? null) : null;
  }

  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Continuing-education offers preparing the same certification (by Certif Info code or RNCP number)." })
  async offresContinues(@Root() formation: Formation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    const { certifications } = await ctx.read();
    const linked = certifications.keysWith("formation", [formation.id]).flatMap((id) => certifications.get(id) ?? []);
    const codes = linked.flatMap((c) => [`ci:${c._id}`, ...(c.codeRncp ? [`rncp:${c.codeRncp}`] : [])]);
    return linkedOffres(ctx, { certification: codes }, args);
  }
}

/** The representation ({ id }) is all these fields need. */
export const resolveFormationReference = (ref: Formation) => ref;
