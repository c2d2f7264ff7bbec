/** The LHEO 2.3 dictionaries the importer checks codes against (from lheo-gml.xml), code → label. */
export const DICT_BOOLEAN = { "0": "non", "1": "oui" };
export const DICT_MODALITES_ENSEIGNEMENT = { "0": "formation entièrement présentielle", "1": "formation mixte", "2": "formation entièrement à distance" };
export const DICT_MODALITES_ES = { "0": "entrées/sorties à dates fixes", "1": "entrées/sorties permanentes" };
export const DICT_ETAT_RECRUTEMENT = { "1": "ouvert", "2": "fermé", "3": "suspendu" };
export const DICT_TYPE_PARCOURS = { "1": "en groupe (non personnalisable)", "2": "individualisé", "3": "modularisé", "4": "mixte" };
export const DICT_AIS: Record<string, string> = {
  "1": "Code(s) obsolète(s)",
  "3": "Perfectionnement, élargissement des compétences",
  "4": "Création d'entreprise",
  "5": "Remise à niveau, maîtrise des savoirs de base, initiation",
  "6": "Certification",
  "7": "Professionnalisation",
  "8": "Préparation à la qualification",
  "9": "(Re)mobilisation, aide à l'élaboration de projet professionnel",
};
export const DICT_NIVEAUX: Record<string, string> = {
  "0": "information non communiquée",
  "1": "sans niveau spécifique",
  "2": "niveau VI (illettrisme, analphabétisme)",
  "3": "niveau V bis (préqualification)",
  "4": "niveau V (CAP, BEP, CFPA du premier degré)",
  "5": "niveau IV (BP, BT, baccalauréat professionnel ou technologique)",
  "6": "niveau III (BTS, DUT)",
  "7": "niveau II (licence ou maîtrise universitaire)",
  "8": "niveau I (supérieur à la maîtrise)",
  "11": "Niveau 1 (savoirs de base)",
  "12": "Niveau 2",
  "13": "Niveau 3 (CAP, BEP)",
  "14": "Niveau 4 (baccalauréat)",
  "15": "Niveau 5 (bac + 2)",
  "16": "Niveau 6 (licence)",
  "17": "Niveau 7 (master)",
  "18": "Niveau 8 (doctorat)",
};
export const DICT_FINANCEURS: Record<string, string> = {
  "0": "Autre",
  "1": "Code(s) obsolète(s)",
  "2": "Conseil régional",
  "3": "Fonds européens - FSE",
  "4": "Pôle emploi",
  "5": "Entreprise",
  "6": "ACSÉ",
  "7": "AGEFIPH",
  "8": "Conseil général",
  "9": "Commune",
  "10": "Bénéficiaire de l'action",
  "11": "Etat - Ministère chargé de l'emploi",
  "12": "Etat - Ministère de l'éducation nationale",
  "13": "Etat - Autre",
  "14": "Fonds européens - Autre",
  "15": "Collectivité territoriale - Autre",
  "16": "OPCO",
  "17": "Transition Pro",
  "18": "LADOM",
  "19": "État - Ministère de l'intérieur",
  "20": "OFII",
};
