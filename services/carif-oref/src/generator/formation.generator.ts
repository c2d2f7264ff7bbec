import type { GeneratedOrganisme } from "./organismes.generator";
import { Prng } from "./prng";
import type { CommuneRef, Referentiels } from "./referentiels";
import { el, wrap } from "./xml";

const RYTHMES = ["Temps plein", "Temps partiel", "En soirée", "Alternance 2 semaines / 2 semaines"];
const PUBLICS = ["83056", "80056", "81059", "81061"];
const FINANCEURS = ["2", "4", "10", "16", "5"];
const pad = (n: number) => String(n).padStart(2, "0");

/** A point within about a kilometre of the commune centre: where a training centre plausibly stands. */
function near(rng: Prng, commune: CommuneRef) {
  return { lat: (commune.latitude + (rng.next() - 0.5) * 0.018).toFixed(6), lon: (commune.longitude + (rng.next() - 0.5) * 0.026).toFixed(6) };
}

function adresse(rng: Prng, commune: CommuneRef, ligne: string, withPoint: boolean): string {
  const point = near(rng, commune);
  const geo = withPoint ? wrap("geolocalisation", el("latitude", point.lat) + el("longitude", point.lon)) : "";
  return wrap("adresse", el("ligne", ligne) + el("codepostal", commune.codePostal) + el("ville", commune.nom.slice(0, 50)) + el("departement", commune.code.slice(0, 2)) + el("code-INSEE-commune", commune.code) + el("region", "84") + el("pays", "FR") + geo);
}

/** An LHEO date: mostly a day, sometimes a month (AAAAMM00); an unknown end (00000000) now and then. */
function periode(rng: Prng): string {
  const year = rng.int(2026, 2028);
  const month = rng.int(1, 12);
  const debut = rng.chance(0.1) ? `${year}${pad(month)}00` : `${year}${pad(month)}${pad(rng.int(1, 28))}`;
  const months = rng.int(2, 18);
  const endYear = year + Math.floor((month - 1 + months) / 12);
  const endMonth = ((month - 1 + months) % 12) + 1;
  const fin = rng.chance(0.05) ? "00000000" : `${endYear}${pad(endMonth)}${pad(rng.int(1, 28))}`;
  return wrap("periode", el("debut", debut) + el("fin", fin));
}

function session(rng: Prng, numero: string, commune: CommuneRef): string {
  return wrap(
    "session",
    periode(rng) + wrap("adresse-inscription", adresse(rng, commune, "Accueil inscriptions", false)) + el("etat-recrutement", rng.pick(["1", "1", "1", "2", "3"])),
    ` numero="${numero}"`,
  );
}

function action(rng: Prng, numero: string, org: GeneratedOrganisme, refs: Referentiels): string {
  const commune = rng.chance(0.5) ? org.commune : rng.pick(refs.communes);
  const modalite = rng.pick(["0", "0", "0", "0", "0", "0", "0", "1", "1", "2"]);
  const lieu = modalite === "2" && rng.chance(0.5) ? "" : wrap("lieu-de-formation", wrap("coordonnees", el("ligne", org.nom.slice(0, 50)) + adresse(rng, commune, org.rue, true)));
  const heures = rng.int(35, 1400);
  const sessions = Array.from({ length: rng.int(1, 3) }, (_, i) => session(rng, `${numero}-S${i + 1}`, commune)).join("");
  const financeur = wrap("organisme-financeur", el("code-financeur", rng.pick(FINANCEURS)) + el("nb-places-financees", rng.int(4, 20)));
  const cpf = rng.chance(0.6) ? wrap("extras", el("extra", "1", ` info="eligible-cpf"`), ` info="eligibilite"`) : "";
  return wrap(
    "action",
    el("rythme-formation", rng.pick(RYTHMES)) + el("code-public-vise", rng.pick(PUBLICS), ` ref="V12"`) + el("niveau-entree-obligatoire", rng.pick(["0", "1"])) +
      el("modalites-alternance", rng.chance(0.3) ? "Stage en entreprise" : "-") + el("modalites-enseignement", modalite) + el("conditions-specifiques", "-") +
      el("prise-en-charge-frais-possible", "1") + lieu + el("modalites-entrees-sorties", rng.pick(["0", "0", "1"])) + sessions +
      el("nombre-heures-centre", heures) + el("nombre-heures-total", heures) + financeur + cpf,
    ` numero="${numero}"`,
  );
}

/** One valid LHEO <formation>, its values drawn from the referentials with a PRNG of its own. */
export function generateFormation(seed: number, index: number, refs: Referentiels, organismes: readonly GeneratedOrganisme[]): string {
  const rng = Prng.derive(seed, index);
  const numero = `GEN${seed}-OF-${String(index).padStart(7, "0")}`;
  const certifiante = refs.certifications.length > 0 && rng.chance(0.8);
  const cert = certifiante ? rng.pick(refs.certifications) : null;
  const rome = rng.pick(refs.romes);
  const codesRome = cert ? cert.codesRome : [rome.code];
  const intitule = cert ? cert.libelle : `Préparation au métier : ${rome.libelle}`.slice(0, 255);
  const org = rng.pick(organismes);
  const domaine = wrap("domaine-formation", (cert?.formacode ? el("code-FORMACODE", cert.formacode, ` ref="V12"`) : "") + (cert?.nsf ? el("code-NSF", cert.nsf) : "") + codesRome.map((c) => el("code-ROME", c)).join(""));
  const certification = cert ? wrap("certification", (cert.codeRncp ? el("code-RNCP", cert.codeRncp) : "") + el("code-CERTIFINFO", cert.code)) : "";
  const actions = Array.from({ length: rng.int(1, 3) }, (_, i) => action(rng, `${numero}-A${i + 1}`, org, refs)).join("");
  const organisme = wrap(
    "organisme-formation-responsable",
    el("numero-activite", org.numeroActivite) + wrap("SIRET-organisme-formation", el("SIRET", org.siret)) + el("nom-organisme", org.nom) + el("raison-sociale", org.nom.toUpperCase()) +
      // The organisme's own address is the same in every offer: a PRNG of its own, seeded by its SIRET.
      wrap("coordonnees-organisme", wrap("coordonnees", adresse(new Prng(Number(org.siret.slice(0, 9))), org.commune, org.rue, true))) + wrap("contact-organisme", wrap("coordonnees", el("nom", "Accueil"))),
  );
  return wrap(
    "formation",
    domaine + el("intitule-formation", intitule) + el("objectif-formation", `Acquérir les compétences du métier et ${cert ? "obtenir la certification" : "préparer son projet"} : ${intitule}.`) +
      el("resultats-attendus", cert ? "Certification visée" : "Attestation de formation") + el("contenu-formation", "Enseignements théoriques et pratiques, période en entreprise.") +
      el("certifiante", cert ? "1" : "0") + wrap("contact-formation", wrap("coordonnees", el("nom", "Accueil"))) + el("parcours-de-formation", rng.pick(["1", "2", "3", "4"])) +
      el("code-niveau-entree", rng.pick(["0", "1", "13", "14"])) + certification + (cert?.niveau ? el("code-niveau-sortie", String(10 + Number(cert.niveau))) : "") + actions + organisme,
    ` numero="${numero}"`,
  ) + "\n";
}
