import type { Importer } from "@prisme/common";
import type { RectoratModels } from "../context";
import { adresseGeolocalisationImporter } from "./adresse-geolocalisation/adresse-geolocalisation.importer";
import { affelnetImporter } from "./affelnet/affelnet.importer";
import { annuaireImporter } from "./annuaire/annuaire.importer";
import { bcnMefImporter } from "./bcn-mef/bcn-mef.importer";
import { cfdOnisepImporter } from "./cfd-onisep/cfd-onisep.importer";
import { constatRentreeImporter } from "./constat-rentree/constat-rentree.importer";
import { inserjeunesImporter } from "./inserjeunes/inserjeunes.importer";
import { parcoursupImporter } from "./parcoursup/parcoursup.importer";

/** The sources of the rectorat subgraph, by the name `npm run import -- <source> <file>` takes. */
export const rectoratImporters: Record<string, Importer<RectoratModels>> = {
  annuaire: annuaireImporter,
  "adresse-geolocalisation": adresseGeolocalisationImporter,
  "bcn-mef": bcnMefImporter,
  "cfd-onisep": cfdOnisepImporter,
  affelnet: affelnetImporter,
  parcoursup: parcoursupImporter,
  "constat-rentree": constatRentreeImporter,
  inserjeunes: inserjeunesImporter,
};
