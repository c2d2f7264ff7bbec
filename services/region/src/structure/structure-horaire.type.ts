import { Field, ObjectType } from "type-graphql";
import { JourSemaine } from "./structure.enum";

@ObjectType({ simpleResolvers: true, description: "Une plage d'ouverture d'une structure : un jour, de ouverture à fermeture (heure locale de Paris)." })
export class StructureHoraire {
  @Field(() => JourSemaine, { description: "Le jour de la semaine." })
  jour!: JourSemaine;

  @Field(() => String, { description: "Heure d'ouverture, HH:MM sur 24 h (heure de Paris), par exemple 09:00." })
  ouverture!: string;

  @Field(() => String, { description: "Heure de fermeture, HH:MM sur 24 h (heure de Paris), après ouverture, par exemple 12:30." })
  fermeture!: string;
}
