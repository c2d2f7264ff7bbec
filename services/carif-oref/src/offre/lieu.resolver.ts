import { FieldResolver, Resolver, Root } from "type-graphql";
import { Commune } from "../commune/commune.type";
import { Etablissement } from "../etablissement/etablissement.type";
import { DICT_FINANCEURS } from "../importers/lheo/lheo.dictionaries";
import type { FinanceurDoc, LieuDoc } from "./action.model";
import { Financeur, LieuFormation } from "./action.type";

@Resolver(() => LieuFormation)
export class LieuResolver {
  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() lieu: LieuDoc) {
    return lieu.adresse.codeInsee ? { code: lieu.adresse.codeInsee } : null;
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "The school this place is, when the feed gives its UAI (rectorat)." })
  etablissement(@Root() lieu: LieuDoc) {
    return lieu.uai ? { uai: lieu.uai } : null;
  }
}

@Resolver(() => Financeur)
export class FinanceurResolver {
  @FieldResolver(() => String, { nullable: true })
  libelle(@Root() financeur: FinanceurDoc) {
    return DICT_FINANCEURS[financeur.code] ?? null;
  }
}
