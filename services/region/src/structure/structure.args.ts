import { ArgsType, Field } from "type-graphql";
import { ProximiteArgs } from "../common/proximite.args";
import { PublicStructure, TypeStructure } from "./structure.enum";

@ArgsType()
export class StructuresArgs extends ProximiteArgs {
  @Field(() => TypeStructure, { nullable: true, description: "Seulement les structures de ce réseau." })
  type?: TypeStructure | null;

  @Field(() => PublicStructure, { nullable: true, description: "Seulement les structures qui accueillent ce public." })
  public?: PublicStructure | null;
}
