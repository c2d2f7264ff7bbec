import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { cercleDemande } from "../common/proximite";
import type { RectoratContext } from "../context";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { ProximiteArgs } from "../etablissement/etablissements.args";
import { pageEtablissements } from "../etablissement/etablissements.page";
import { parDistanceOuDefaut } from "../etablissement/etablissements.query";
import { StatutFormation } from "../offre/offre.enum";
import { enseignement } from "../read-model/etablissement.entree";
import { Formation } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  // Nullable, like every field this subgraph adds to another's entity: a Rectorat outage must not null the formation.
  @FieldResolver(() => EtablissementConnection, {
    nullable: true,
    description: "Les établissements où cette formation est enseignée (d'après Affelnet, Parcoursup et le constat de rentrée) : par nom, ou les plus proches d'abord avec proximite.",
  })
  async etablissements(
    @Root() formation: Formation,
    @Args(() => ProximiteArgs) args: ProximiteArgs,
    @Arg("statut", () => StatutFormation, { nullable: true, description: "Seulement là où elle est suivie sous ce statut, scolaire ou en apprentissage." }) statut: StatutFormation | null | undefined,
    @Ctx() ctx: RectoratContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const near = await cercleDemande(args, ctx.centreDe);
    // The reverse link is a dimension of the table: what each établissement teaches, derived by the read model.
    const where = statut == null ? { formationId: [formation.id] } : { enseignement: [enseignement(formation.id, statut)] };
    return pageEtablissements(ctx, { where, near, order: parDistanceOuDefaut(near) }, args, info);
  }
}

/** Nothing about a formation is stored here but its id: the key is all the field resolver needs. */
export const resolveFormationReference = (ref: { id: string }): Formation => ({ id: ref.id });
