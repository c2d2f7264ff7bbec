/**
 * The LHEO 2.3 dictionaries the importer reads codes with, as the language definition states them
 * (lheo-gml.xml, `<dict>`): every `<key>` of every `<entry>` — an entry may have several keys that
 * mean the same (dict-AIS: 2 and 3 are both "Perfectionnement…"). Labels are the definition's, word
 * for word; `lheo.dictionaries.test.ts` checks every dictionary here against the definition file.
 */
export interface LheoDictionary {
  /** The dictionary's name in the definition (dict-AIS…). */
  name: string;
  /** Label by code: one line per key, so codes that share an entry share its label. */
  libelles: Readonly<Record<string, string>>;
}

/** A dictionary from its entries as the definition lists them: [keys, label]. */
function dictionary(name: string, entries: readonly (readonly [readonly string[], string])[]): LheoDictionary {
  const libelles: Record<string, string> = {};
  for (const [keys, libelle] of entries) for (const key of keys) libelles[key] = libelle;
  return { name, libelles };
}

export const DICT_BOOLEAN = dictionary("dict-boolean", [
  [["0"], "non"],
  [["1"], "oui"],
]);
export const DICT_MODALITES_ENSEIGNEMENT = dictionary("dict-modalites-enseignement", [
  [["0"], "formation entièrement présentielle"],
  [["1"], "formation mixte"],
  [["2"], "formation entièrement à distance"],
]);
export const DICT_MODALITES_ES = dictionary("dict-modalites-es", [
  [["0"], "entrées/sorties à dates fixes"],
  [["1"], "entrées/sorties permanentes"],
]);
export const DICT_ETAT_RECRUTEMENT = dictionary("dict-etat-recrutement", [
  [["1"], "ouvert"],
  [["2"], "fermé"],
  [["3"], "suspendu"],
]);
export const DICT_AIS = dictionary("dict-AIS", [
  [["1"], "Code(s) obsolète(s)"],
  [["6"], "Certification"],
  [["7"], "Professionnalisation"],
  [["8"], "Préparation à la qualification"],
  [["5"], "Remise à niveau, maîtrise des savoirs de base, initiation"],
  [["9"], "(Re)mobilisation, aide à l'élaboration de projet professionnel"],
  [["2", "3"], "Perfectionnement, élargissement des compétences"],
  [["4"], "Création d'entreprise"],
]);
export const DICT_FINANCEURS = dictionary("dict-financeurs", [
  [["11"], "Etat - Ministère chargé de l'emploi"],
  [["12"], "Etat - Ministère de l'éducation nationale"],
  [["13"], "Etat - Autre"],
  [["2"], "Collectivité territoriale - Conseil régional"],
  [["3"], "Fonds européens - FSE"],
  [["4"], "Pôle emploi"],
  [["5"], "Entreprise"],
  [["6"], "ACSÉ (anciennement FASILD)"],
  [["7"], "AGEFIPH"],
  [["8"], "Collectivité territoriale - Conseil général"],
  [["9"], "Collectivité territoriale - Commune"],
  [["15"], "Collectivité territoriale - Autre"],
  [["10"], "Bénéficiaire de l'action"],
  [["0"], "Autre"],
  [["14"], "Fonds européens - Autre"],
  [["16"], "OPCO"],
  [["17"], "Transition Pro"],
  [["18"], "LADOM"],
  [["19"], "État - Ministère de l’intérieur"],
  [["20"], "OFII - Office français de l’immigration et de l'intégration"],
  [["1"], "Code(s) obsolète(s)"],
]);
export const DICT_TYPE_CONTACT = dictionary("dict-type-contact", [
  [["0"], "Autre"],
  [["1"], "Référent handicap"],
  [["2"], "Référent mobilité internationale"],
  [["3"], "Référent pédagogique"],
  [["4"], "Accueil"],
  [["5"], "Direction"],
  [["6"], "Référent qualité"],
  [["7"], "Référent entreprise"],
  [["8"], "Référent commercial"],
  [["9"], "Gestionnaire financier"],
  [["10"], "Direction Déléguée aux Formations Professionnelles et Techniques (DDFPT)"],
  [["11"], "Communication"],
  [["12"], "Référent FOAD"],
  [["13"], "Référent VAE"],
  [["14"], "Référent Apprentissage"],
]);
export const DICT_TYPE_PARCOURS = dictionary("dict-type-parcours", [
  [["1"], "en groupe (non personnalisable)"],
  [["2"], "individualisé"],
  [["3"], "modularisé"],
  [["4"], "mixte"],
]);
export const DICT_NIVEAUX = dictionary("dict-niveaux", [
  [["0"], "information non communiquée"],
  [["1"], "sans niveau spécifique"],
  [["2"], "niveau VI (illettrisme, analphabétisme)"],
  [["3"], "niveau V bis (préqualification)"],
  [["4"], "niveau V (CAP, BEP, CFPA du premier degré)"],
  [["5"], "niveau IV (BP, BT, baccalauréat professionnel ou technologique)"],
  [["6"], "niveau III (BTS, DUT)"],
  [["7"], "niveau II (licence ou maîtrise universitaire)"],
  [["8"], "niveau I (supérieur à la maîtrise)"],
  [["11"], "Niveau 1. Maîtrise des savoirs de base"],
  [["12"], "Niveau 2. Capacité à effectuer des activités simples et résoudre des problèmes courants à l'aide de règles et d'outils simples en mobilisant des savoir-faire professionnels dans un contexte structuré"],
  [["13"], "Niveau 3. Capacité à effectuer des activités et résoudre des problèmes en sélectionnant et appliquant des méthodes, des outils, des matériels et des informations de base, dans un contexte connu, ainsi que la capacité à adapter les moyens d'exécution et son comportement aux circonstances"],
  [["14"], "Niveau 4. Capacité à effectuer des activités nécessitant de mobiliser un éventail large d'aptitudes, d'adapter des solutions existantes pour résoudre des problèmes précis, à organiser son travail de manière autonome dans des contextes généralement prévisibles mais susceptibles de changer, ainsi qu'à participer à l'évaluation des activités. Exemple: diplôme national du baccalauréat"],
  [["15"], "Niveau 5. Capacité à maitriser des savoir-faire dans un champ d'activité, à élaborer des solutions à des problèmes nouveaux, à analyser et interpréter des informations, en mobilisant des concepts, à transmettre le savoir-faire et des méthodes"],
  [["16"], "Niveau 6. Capacité à analyser et résoudre des problèmes complexes imprévus dans un domaine spécifique, à formaliser des savoir-faire et des méthodes et à les capitaliser. Exemple: grade de licence"],
  [["17"], "Niveau 7. Capacité à élaborer et mettre en œuvre des stratégies alternatives pour le développement de l'activité professionnelle dans des contextes professionnels complexes, ainsi qu'à évaluer les risques et les conséquences de son activité. Exemple: grade de master"],
  [["18"], "Niveau 8. Capacité à identifier et résoudre des problèmes complexes et nouveaux impliquant une pluralité de domaines, en mobilisant les connaissances et les savoir-faire les plus avancés, à concevoir et piloter des projets et des processus de recherche et d'innovation. Exemple: diplôme national de doctorat"],
]);

/** Every dictionary above, by its name in the definition. */
export const LHEO_DICTIONARIES: readonly LheoDictionary[] = [
  DICT_BOOLEAN, DICT_MODALITES_ENSEIGNEMENT, DICT_MODALITES_ES, DICT_ETAT_RECRUTEMENT, DICT_AIS, DICT_FINANCEURS, DICT_TYPE_CONTACT, DICT_TYPE_PARCOURS, DICT_NIVEAUX,
];

/**
 * Short labels of the European levels (dict-niveaux 11 to 18), whose definition labels are a whole
 * paragraph (« Niveau 5. Capacité à maîtriser… »): what a list shows. Editorial, not LHEO's words.
 */
export const NIVEAUX_EUROPEENS_COURTS: Readonly<Record<string, string>> = {
  "11": "Niveau 1 (savoirs de base)",
  "12": "Niveau 2",
  "13": "Niveau 3 (CAP, BEP)",
  "14": "Niveau 4 (baccalauréat)",
  "15": "Niveau 5 (bac + 2)",
  "16": "Niveau 6 (licence)",
  "17": "Niveau 7 (master)",
  "18": "Niveau 8 (doctorat)",
};
