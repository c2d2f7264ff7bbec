import { ArgsType, Field } from "type-graphql";
import { badUserInput, ConnectionArgs, type TableQuery } from "@prisme/common";

@ArgsType()
export class FormacodesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Recherche plein texte sur le libellé et les synonymes : accents et casse ignorés, débuts de mots, une faute de frappe tolérée ; résultats classés par pertinence (200 caractères au plus)." })
  recherche?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement les descripteurs de ce champ sémantique (trois chiffres, par exemple 310)." })
  champSemantique?: string | null;
}

/** The read-model query of formacodes(…), arguments checked. */
export function formacodeQuery(args: FormacodesArgs): TableQuery {
  const where: NonNullable<TableQuery["where"]> = {};
  if (args.champSemantique != null) {
    if (!/^\d{3}$/.test(args.champSemantique.trim())) throw badUserInput(`"${args.champSemantique.slice(0, 80)}" is not a champ sémantique of the Formacode: expected three digits such as 310.`, "champSemantique");
    where.champSemantique = [args.champSemantique.trim()];
  }
  const text = args.recherche?.trim() ?? null;
  if (text && text.length > 200) throw badUserInput(`"recherche" is limited to 200 characters (got ${text.length}).`, "recherche");
  return { text: text || null, where };
}
