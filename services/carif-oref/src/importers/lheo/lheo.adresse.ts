import type { AdresseDoc, CoordonneesDoc, ExtraDoc } from "../../offre/adresse.model";
import type { NodeReader } from "./lheo.node";

const number = (value: string | null) => (value === null || value.trim() === "" ? NaN : Number(value.replace(",", ".")));

/** LHEO geolocalisation: latitude and longitude may be empty (lgmin 0); an unusable point is dropped, not the offer. */
function readPoint(geo: NodeReader | null): CoordonneesDoc | null {
  if (!geo) return null;
  const latitude = number(geo.text("latitude", 30));
  const longitude = number(geo.text("longitude", 30));
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (latitude === 0 && longitude === 0) return null;
  return { latitude, longitude };
}

/** Maps an LHEO <adresse> (ligne 1–4, codepostal, ville required; INSEE code and point optional). */
export function readAdresse(adresse: NodeReader): AdresseDoc {
  const lignes = adresse.texts("ligne", 4, [1, 50]);
  if (lignes.length === 0) adresse.fail("<adresse> needs at least one <ligne>");
  const codeInsee = adresse.text("code-INSEE-commune", 5, 5);
  if (codeInsee !== null && !/^(\d{5}|2[AB]\d{3})$/.test(codeInsee)) adresse.fail(`<code-INSEE-commune> "${codeInsee}" is not an INSEE commune code`);
  return {
    lignes,
    codePostal: adresse.requiredText("codepostal", 5, 5),
    ville: adresse.requiredText("ville", 50),
    codeInsee,
    departement: adresse.text("departement", 3, 2),
    region: adresse.text("region", 2, 2),
    pays: adresse.text("pays", 2, 2),
    coordonnees: readPoint(adresse.one("geolocalisation")),
  };
}

/** Flattens <extras info="A"><extra info="B">v</extra></extras> into { info: "A/B", valeur: "v" }, keeping what partners add. */
export function readExtras(parent: NodeReader): ExtraDoc[] {
  const out: ExtraDoc[] = [];
  const walk = (node: NodeReader, prefix: string) => {
    for (const child of node.node.children) {
      const info = child.attrs.info ?? child.name;
      const path = prefix ? `${prefix}/${info}` : info;
      if (child.name === "extras") walk(node.child(child), path);
      else if (child.name === "extra") out.push({ info: path, valeur: child.children.length ? JSON.stringify(child.children.map((c) => [c.name, c.text])) : child.text });
    }
  };
  for (const extras of parent.all("extras")) walk(extras, extras.attr("info") ?? "");
  return out;
}
