import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { cercleProximite } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import type { CertificationDoc } from "../certification/certification.model";
import { Certification } from "../certification/certification.type";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { OffresLieesArgs } from "../offre/offres-liees.args";
import { certifInfoDeFormation } from "../read-model/passage.table";
import { Formation } from "./formation.type";

// The active one (Certif Info state 0) first, then the lowest code: the certification a formation shows.
const actifPuisCode = (c: CertificationDoc) => `${c.etat === "0" ? 0 : 1}:${c._id.padStart(8, "0")}`;

@Resolver(() => Formation)
export class FormationResolver {
  @FieldResolver(() => Certification, {
    nullable: true,
    description:
      "La certification Certif Info de cette formation Onisep (lien codeIdeo2 de Certif Info, ou table de passage de l'Onisep ; l'active d'abord, puis le plus petit code) ; null si aucune n'est importée.",
  })
  async certification(@Root() formation: Formation, @Ctx() ctx: CarifOrefContext) {
    const state = await ctx.read();
    const known = certifInfoDeFormation(state, formation.id).flatMap((code) => state.certifications.get(code) ?? []);
    return known.sort((a, b) => actifPuisCode(a).localeCompare(actifPuisCode(b)))[0] ?? null;
  }

  @FieldResolver(() => OffreFormationConnection, {
    nullable: true,
    description:
      "Les offres de formation continue qui préparent la même certification (par code Certif Info ou numéro RNCP, d'après Certif Info et la table de passage de l'Onisep), par intitulé, ou les plus proches d'abord avec proximite ; null quand le Carif-Oref ne répond pas.",
  })
  async offresContinues(@Root() formation: Formation, @Args(() => OffresLieesArgs) args: OffresLieesArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    const state = await ctx.read();
    const codes = certifInfoDeFormation(state, formation.id).flatMap((code) => {
      const rncp = state.certifications.get(code)?.codeRncp ?? state.passages.get(code)?.codeRncp;
      return [`ci:${code}`, ...(rncp ? [`rncp:${rncp}`] : [])];
    });
    return linkedOffres(ctx, { certification: codes }, args, info, await cercleProximite(args.proximite, ctx.centreDe));
  }
}

/** The representation ({ id }) is all these fields need. */
export const resolveFormationReference = (ref: Formation) => ref;
