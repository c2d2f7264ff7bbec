import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CarifOrefContext } from "../context";
import { descripteurs } from "../formacode/descripteurs";
import { Formacode } from "../formacode/formacode.type";
import type { FicheRncpDoc } from "./fiche-rncp.model";
import { FicheRncp } from "./certification.type";

@Resolver(() => FicheRncp)
export class FicheRncpResolver {
  @FieldResolver(() => [Formacode], { description: "Les descripteurs Formacode de ses codes formacodes ; un code absent du Formacode importé est omis." })
  async descripteursFormacode(@Root() fiche: FicheRncpDoc, @Ctx() ctx: CarifOrefContext) {
    return descripteurs(await ctx.read(), fiche.formacodes);
  }
}
