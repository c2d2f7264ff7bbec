import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { PopulationInsertion } from "./insertion.enum";

// The DEPP publishes whole percentages (0–100); "nd" (not published: too few leavers) is null.
@ObjectType({ simpleResolvers: true,
  description:
    "Indicateurs InserJeunes (DEPP) d'un établissement : ce que deviennent ses sortants de formation professionnelle, pour un millésime et une population. Taux et parts en pourcentage entier (de 0 à 100) ; null quand la DEPP ne le publie pas (nd : trop peu de sortants).",
})
export class Insertion {
  @Field(() => ID, { description: "UAI de l'établissement dont sont sortis les jeunes, tel que l'écrit la DEPP (par exemple 0630041C), qu'il soit ou non dans l'Annuaire importé." })
  uai!: string;

  @Field(() => String, { nullable: true, description: "Nom de l'établissement tel que l'écrit la DEPP ; utile quand l'Annuaire importé ne le connaît pas (etablissement est alors null)." })
  libelleEtablissement!: string | null;

  @Field(() => String, { description: "Millésime : les deux années de sortie de formation cumulées sur lesquelles les indicateurs sont calculés, par exemple 2022-2023." })
  millesime!: string;

  @Field(() => PopulationInsertion, { description: "Les sortants sur lesquels les indicateurs sont calculés." })
  population!: PopulationInsertion;

  @Field(() => Int, { nullable: true, description: "Taux de poursuite d'études, en pourcentage (0 à 100) des sortants : ceux inscrits en formation l'année suivante." })
  tauxPoursuiteEtudes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Taux d'emploi 6 mois après la sortie, en pourcentage (0 à 100) des sortants qui ne poursuivent pas d'études : ceux en emploi salarié en France 6 mois après.",
  })
  tauxEmploi6Mois!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Taux d'emploi à 6 mois attendu, en pourcentage (0 à 100) : celui qu'aurait l'établissement compte tenu du profil de ses sortants, des formations qu'il propose et du marché du travail local.",
  })
  tauxEmploi6MoisAttendu!: number | null;

  @Field(() => Int, { nullable: true, description: "Valeur ajoutée : taux d'emploi à 6 mois moins taux attendu, en points de pourcentage (positive quand l'établissement fait mieux qu'attendu)." })
  valeurAjoutee!: number | null;

  @Field(() => Int, { nullable: true, description: "Part des sortants en poursuite d'études, en pourcentage (0 à 100) de tous les sortants ; les trois parts font 100." })
  partPoursuiteEtudes!: number | null;

  @Field(() => Int, { nullable: true, description: "Part des sortants en emploi 6 mois après la sortie, en pourcentage (0 à 100) de tous les sortants ; les trois parts font 100." })
  partEmploi6Mois!: number | null;

  @Field(() => Int, { nullable: true, description: "Part des sortants ni en études ni en emploi 6 mois après la sortie, en pourcentage (0 à 100) de tous les sortants ; les trois parts font 100." })
  partAutresSituations!: number | null;

  @Field(() => Provenance, { description: "D'où viennent les indicateurs : la DEPP, le fichier InserJeunes du millésime, la date d'import." })
  provenance!: Provenance;
}

export const InsertionConnection = Connection(Insertion);
