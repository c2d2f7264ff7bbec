import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";

@ArgsType()
export class RomesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Recherche plein texte sur le libellé et les appellations de la fiche (« plaquiste », « boulanger ») : accents et casse ignorés, débuts de mots, une faute de frappe tolérée ; résultats classés par pertinence." })
  recherche?: string | null;
}
