import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { assertIdentifier, badUserInput, ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { normalizeRncp } from "../common/rncp";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import type { CertificationDoc } from "./certification.model";
import { Certification, FicheRncp } from "./certification.type";
import { preferActive } from "./prefer-active";

const checkCertifInfo = (id: string) => assertIdentifier(id, /^\d{1,7}$/, "Certif Info code", "94681", "id");

@Resolver(() => Certification)
export class CertificationResolver {
  @Query(() => Certification, { nullable: true, description: "A certification by Certif Info code, or by RNCP number; null if unknown." })
  async certification(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("codeRncp", () => String, { nullable: true }) codeRncp: string | null,
    @Ctx() ctx: CarifOrefContext,
  ) {
    if ((id == null) === (codeRncp == null)) throw badUserInput("Give exactly one of id (Certif Info code) or codeRncp.", id == null ? "id" : "codeRncp");
    if (id != null) return ctx.loaders.certification.load(checkCertifInfo(id));
    const rncp = normalizeRncp(codeRncp);
    if (!rncp) throw badUserInput(`"${codeRncp}" is not a valid RNCP number: expected something like 37674 or RNCP37674.`, "codeRncp");
    return preferActive(await ctx.loaders.certificationByRncp.load(rncp));
  }

  @FieldResolver(() => FicheRncp, { nullable: true, description: "Its RNCP fiche (France Compétences import); null when not imported or not on the RNCP." })
  rncp(@Root() certification: CertificationDoc, @Ctx() ctx: CarifOrefContext) {
    return certification.codeRncp ? ctx.loaders.ficheRncp.load(certification.codeRncp) : null;
  }

  @FieldResolver(() => OffreFormationConnection, { description: "Current continuing-education offers leading to it." })
  async offres(@Root() certification: CertificationDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return linkedOffres(ctx, { codesCertifInfo: [certification.id] }, args);
  }
}

/** Federation entry point: { id } or { codeRncp } representations, batched. */
export async function resolveCertificationReference(ref: { id?: string; codeRncp?: string }, ctx: CarifOrefContext) {
  if (ref.id) return ctx.loaders.certification.load(ref.id);
  const rncp = normalizeRncp(ref.codeRncp);
  return rncp ? preferActive(await ctx.loaders.certificationByRncp.load(rncp)) : null;
}
