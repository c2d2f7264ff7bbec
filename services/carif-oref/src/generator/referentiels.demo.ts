import type { Referentiels } from "./referentiels";

/** Built-in referentials when no data folder is given: the demonstration ROME codes and communes (real codes and centres). */
export const DEMO_REFERENTIELS: Referentiels = {
  romes: [
    ["A1416", "Polyculture, élevage"], ["D1102", "Boulangerie - viennoiserie"], ["D1202", "Coiffure"], ["F1602", "Électricité bâtiment"],
    ["F1703", "Maçonnerie"], ["H2206", "Réalisation de menuiserie bois et tonnellerie"], ["H2207", "Réalisation de meubles en bois"],
    ["J1501", "Soins d'hygiène, de confort du patient"], ["J1506", "Soins infirmiers généralistes"], ["M1203", "Comptabilité"], ["M1805", "Études et développement informatique"],
  ].map(([code, libelle]) => ({ code, libelle })),
  certifications: [
    { code: "114920", libelle: "Titre professionnel développeur web et web mobile", codeRncp: "37674", codesRome: ["M1805"], formacode: "31090", nsf: "326", niveau: "5" },
    { code: "94681", libelle: "CAP ébéniste", codeRncp: "37538", codesRome: ["H2207", "H2208"], formacode: "45582", nsf: "234", niveau: "3" },
    { code: "82703", libelle: "CAP boulanger", codeRncp: "37537", codesRome: ["D1102"], formacode: "21538", nsf: "221", niveau: "3" },
    { code: "111669", libelle: "Diplôme d'État d'aide-soignant", codeRncp: "35830", codesRome: ["J1501"], formacode: "43436", nsf: "331", niveau: "4" },
    { code: "114045", libelle: "Titre professionnel comptable assistant", codeRncp: "37121", codesRome: ["M1203"], formacode: "32667", nsf: "314", niveau: "4" },
  ],
  communes: [
    ["03185", "Montluçon", "03100", 46.3386, 2.6039], ["03190", "Moulins", "03000", 46.5625, 3.3266], ["03310", "Vichy", "03200", 46.13, 3.4244],
    ["15014", "Aurillac", "15000", 44.9245, 2.4416], ["15187", "Saint-Flour", "15100", 45.0279, 3.0832], ["43040", "Brioude", "43100", 45.2964, 3.3853],
    ["43157", "Le Puy-en-Velay", "43000", 45.0276, 3.8954], ["63113", "Clermont-Ferrand", "63000", 45.7856, 3.1155], ["63178", "Issoire", "63500", 45.5456, 3.245],
    ["63300", "Riom", "63200", 45.8943, 3.1325], ["63430", "Thiers", "63300", 45.8621, 3.5395],
  ].map(([code, nom, codePostal, latitude, longitude]) => ({ code: String(code), nom: String(nom), codePostal: String(codePostal), latitude: Number(latitude), longitude: Number(longitude) })),
};
