import { FieldResolver, Float, Resolver, Root } from "type-graphql";
import { Commune } from "../commune/commune.type";
import { Etablissement } from "../etablissement/etablissement.type";
import { DICT_FINANCEURS } from "../importers/lheo/lheo.dictionaries";
import type { ActionDoc, FinanceurDoc, LieuDoc } from "./action.model";
import { ActionFormation, Financeur, LieuFormation } from "./action.type";

@Resolver(() => LieuFormation)
export class LieuResolver {
  @FieldResolver(() => Commune, { nullable: true, description: "La commune (sous-graphe region), d'après le code INSEE ; null si le flux n'en donne pas." })
  commune(@Root() lieu: LieuDoc) {
    return lieu.adresse.codeInsee ? { code: lieu.adresse.codeInsee } : null;
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "L'établissement scolaire qu'est ce lieu (sous-graphe rectorat), quand le flux donne son UAI ; null sinon." })
  etablissement(@Root() lieu: LieuDoc) {
    return lieu.uai ? { uai: lieu.uai } : null;
  }
}

@Resolver(() => Financeur)
export class FinanceurResolver {
  @FieldResolver(() => String, { nullable: true, description: "Libellé du financeur selon le dictionnaire ; null pour un code inconnu du dictionnaire." })
  libelle(@Root() financeur: FinanceurDoc) {
    return DICT_FINANCEURS.libelles[financeur.code] ?? null;
  }
}

/** An LHEO price as a number of euros: "1250", "1250.50", "1 250,50 €"; null when it is not one. */
export function euros(text: string | null | undefined): number | null {
  if (!text) return null;
  const cleaned = text.replace(/[\s\u00a0€]/g, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

@Resolver(() => ActionFormation)
export class ActionResolver {
  @FieldResolver(() => Float, { nullable: true, description: "Prix total toutes taxes comprises, en euros ; null si le flux n'en donne pas ou si ce n'est pas un nombre." })
  prixTotalTTCEuros(@Root() action: ActionDoc) {
    return euros(action.prixTotalTTC);
  }
}
