import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { badUserInput, ConnectionArgs, verifierIdentifiant } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { descripteurs } from "../formacode/descripteurs";
import { Formacode } from "../formacode/formacode.type";
import { Formation } from "../formation/formation.type";
import { linkedOffres } from "../offre/offres.page";
import { formationsDeCertifInfo } from "../read-model/passage.table";
import { OffreFormationConnection } from "../offre/offre.type";
import type { CarifOrefState } from "../read-model/carif-oref.read-model";
import type { CertificationDoc } from "./certification.model";
import { Certification, FicheRncp } from "./certification.type";

/** Several Certif Info codes may share one RNCP number: the active one (Certif Info state 0) first, then the lowest code. */
function byRncp(state: CarifOrefState, rncp: string): CertificationDoc | null {
  const [first] = state.certifications.keysWith("codeRncp", [rncp], "actifPuisCode");
  return first ? (state.certifications.get(first) ?? null) : null;
}

@Resolver(() => Certification)
export class CertificationResolver {
  @Query(() => Certification, { nullable: true, description: "Une certification par son code Certif Info ; null si elle est inconnue." })
  async certificationParCertifInfo(@Arg("code", () => ID, { description: "Code Certif Info, par exemple 94681." }) code: string, @Ctx() ctx: CarifOrefContext) {
    const checked = verifierIdentifiant("codeCertifInfo", code, "code");
    return (await ctx.read()).certifications.get(checked) ?? null;
  }

  @Query(() => Certification, {
    nullable: true,
    description: "La certification d'un numéro RNCP (l'active d'abord quand plusieurs codes Certif Info le partagent, puis le plus petit code) ; null si aucune.",
  })
  async certificationParRncp(@Arg("codeRncp", () => ID, { description: "Numéro RNCP, avec ou sans le préfixe : RNCP37674 ou 37674." }) codeRncp: string, @Ctx() ctx: CarifOrefContext) {
    const checked = verifierIdentifiant("codeRncp", codeRncp, "codeRncp");
    return byRncp(await ctx.read(), checked);
  }

  @Query(() => Certification, {
    nullable: true,
    description: "Une certification par code Certif Info ou par numéro RNCP (exactement un des deux) ; null si elle est inconnue.",
    deprecationReason: "Use certificationParCertifInfo(code:) or certificationParRncp(codeRncp:), which each take one required argument.",
  })
  async certification(
    @Arg("id", () => ID, { nullable: true, description: "Code Certif Info." }) id: string | null,
    @Arg("codeRncp", () => String, { nullable: true, description: "Numéro RNCP, avec ou sans le préfixe." }) codeRncp: string | null,
    @Ctx() ctx: CarifOrefContext,
  ) {
    if ((id == null) === (codeRncp == null)) throw badUserInput("Give exactly one of id (Certif Info code) or codeRncp.", id == null ? "id" : "codeRncp");
    return id != null ? this.certificationParCertifInfo(id, ctx) : this.certificationParRncp(codeRncp!, ctx);
  }

  @FieldResolver(() => FicheRncp, { nullable: true, description: "Sa fiche RNCP (import France compétences) ; null si elle n'est pas importée ou si la certification n'est pas au RNCP." })
  async rncp(@Root() certification: CertificationDoc, @Ctx() ctx: CarifOrefContext) {
    return certification.codeRncp ? ((await ctx.read()).fichesRncp.get(certification.codeRncp) ?? null) : null;
  }

  @FieldResolver(() => [String], { description: "Identifiants Onisep (FOR.nnnn) des formations du même diplôme, d'après Certif Info (codeIdeo2) et la table de passage de l'Onisep." })
  async idsFormationOnisep(@Root() certification: CertificationDoc, @Ctx() ctx: CarifOrefContext) {
    return formationsDeCertifInfo(await ctx.read(), certification);
  }

  @FieldResolver(() => [Formation], { description: "Les formations initiales Onisep du même diplôme (sous-graphe onisep), d'après Certif Info et la table de passage de l'Onisep." })
  async formations(@Root() certification: CertificationDoc, @Ctx() ctx: CarifOrefContext) {
    return formationsDeCertifInfo(await ctx.read(), certification).map((id) => ({ id }));
  }

  @FieldResolver(() => [Formacode], { description: "Les descripteurs Formacode de ses codes formacodes (libellé, champ sémantique, termes voisins) ; un code absent du Formacode importé est omis." })
  async descripteursFormacode(@Root() certification: CertificationDoc, @Ctx() ctx: CarifOrefContext) {
    return descripteurs(await ctx.read(), certification.formacodes);
  }

  @FieldResolver(() => OffreFormationConnection, { description: "Les offres de formation continue en cours qui y mènent, par intitulé." })
  async offres(@Root() certification: CertificationDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return linkedOffres(ctx, { codeCertifInfo: [certification.id] }, args, info);
  }
}

/** Federation entry point: { id } or { codeRncp } representations. */
export async function resolveCertificationReference(ref: { id?: string; codeRncp?: string }, ctx: CarifOrefContext) {
  const state = await ctx.read();
  if (ref.id) return state.certifications.get(ref.id) ?? null;
  return ref.codeRncp ? byRncp(state, verifierIdentifiant("codeRncp", ref.codeRncp, "codeRncp")) : null;
}
