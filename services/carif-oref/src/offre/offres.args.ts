import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";

@ArgsType()
export class OffresArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only the offers preparing for this ROME code (e.g. M1805)." })
  codeRome?: string | null;
}
