import { GraphQLScalarType } from "graphql";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";

/** graphql-scalars' DateTimeISO (same name, parsing and serialisation), described in French like the rest of the graph. */
export const DateHeureISO = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  description: "Une date et une heure en temps universel, au format ISO 8601 (date-time de la RFC 3339), par exemple 2027-03-01T09:00:00Z.",
});

/** graphql-scalars' LocalDate (same name): a calendar day, no time, no time zone. */
export const DateLocale = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  description: "Un jour du calendrier, sans heure ni fuseau, au format ISO 8601 AAAA-MM-JJ, par exemple 2027-03-01.",
});
