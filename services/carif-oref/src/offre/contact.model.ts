/** A contact of an LHEO feed (contact-formation, contact-organisme): who to ask, as the feed gives them. */
export interface ContactDoc {
  /** dict-type-contact code (3 référent pédagogique, 4 accueil…), kept as given. */
  typeContact: string | null;
  civilite: string | null;
  nom: string | null;
  prenom: string | null;
  /** Fixed-line numbers (telfixe/numtel, up to 3). */
  telephones: string[];
  /** Mobile numbers (portable/numtel). */
  portables: string[];
  fax: string[];
  courriel: string | null;
  /** Web addresses (web/urlweb, up to 3). */
  web: string[];
}
