import { Field, ObjectType } from "type-graphql";
import { JourSemaine } from "./structure.enum";

@ObjectType({ description: "One opening slot of a structure: a day, from ouverture to fermeture (local time)." })
export class StructureHoraire {
  @Field(() => JourSemaine)
  jour!: JourSemaine;

  @Field(() => String, { description: "Opening time, HH:MM (24 h, Europe/Paris), e.g. 09:00." })
  ouverture!: string;

  @Field(() => String, { description: "Closing time, HH:MM (24 h, Europe/Paris), after ouverture, e.g. 12:30." })
  fermeture!: string;
}
