import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { assertIdentifier, badUserInput, ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { normalizeRncp } from "../common/rncp";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import type { CarifOrefState } from "../read-model/carif-oref.read-model";
import type { CertificationDoc } from "./certification.model";
import { Certification, FicheRncp } from "./certification.type";

const checkCertifInfo = (id: string) => assertIdentifier(id, /^\d{1,7}$/, "Certif Info code", "94681", "id");

/** Several Certif Info codes may share one RNCP number: the active one (Certif Info state 0) first, then the lowest code. */
function byRncp(state: CarifOrefState, rncp: string): CertificationDoc | null {
  const [first] = state.certifications.keysWith("codeRncp", [rncp], "actifPuisCode");
  return first ? (state.certifications.get(first) ?? null) : null;
}

@Resolver(() => Certification)
export class CertificationResolver {
  @Query(() => Certification, { nullable: true, description: "A certification by Certif Info code, or by RNCP number; null if unknown." })
  async certification(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("codeRncp", () => String, { nullable: true }) codeRncp: string | null,
    @Ctx() ctx: CarifOrefContext,
  ) {
    if ((id == null) === (codeRncp == null)) throw badUserInput("Give exactly one of id (Certif Info code) or codeRncp.", id == null ? "id" : "codeRncp");
    if (id != null) {
      const checked = checkCertifInfo(id);
      return (await ctx.read()).certifications.get(checked) ?? null;
    }
    const rncp = normalizeRncp(codeRncp);
    if (!rncp) throw badUserInput(`"${codeRncp}" is not a valid RNCP number: expected something like 37674 or RNCP37674.`, "codeRncp");
    return byRncp(await ctx.read(), rncp);
  }

  @FieldResolver(() => FicheRncp, { nullable: true, description: "Its RNCP fiche (France Compétences import); null when not imported or not on the RNCP." })
  async rncp(@Root() certification: CertificationDoc, @Ctx() ctx: CarifOrefContext) {
    return certification.codeRncp ? ((await ctx.read()).fichesRncp.get(certification.codeRncp) ?? null) : null;
  }

  @FieldResolver(() => OffreFormationConnection, { description: "Current continuing-education offers leading to it." })
  async offres(@Root() certification: CertificationDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return linkedOffres(ctx, { codeCertifInfo: [certification.id] }, args);
  }
}

/** Federation entry point: { id } or { codeRncp } representations. */
export async function resolveCertificationReference(ref: { id?: string; codeRncp?: string }, ctx: CarifOrefContext) {
  const state = await ctx.read();
  if (ref.id) return state.certifications.get(ref.id) ?? null;
  const rncp = normalizeRncp(ref.codeRncp);
  return rncp ? byRncp(state, rncp) : null;
}
