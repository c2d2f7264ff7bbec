import type { ContactDoc } from "../../offre/contact.model";
import { DICT_TYPE_CONTACT } from "./lheo.dictionaries";
import type { NodeReader } from "./lheo.node";

// Contacts are read as the feed gives them: a value longer than the definition allows is kept, not a reason to reject the offer.
const LONG = 3000;

/** Maps an LHEO contact-formation or contact-organisme; null when its coordonnees hold nothing (the definition allows an empty one). */
export function readContact(contact: NodeReader): ContactDoc | null {
  const coordonnees = contact.required("coordonnees");
  const numbers = (name: string) => coordonnees.one(name)?.texts("numtel", 0).filter(Boolean) ?? [];
  const read: ContactDoc = {
    typeContact: contact.code("type-contact", DICT_TYPE_CONTACT, false),
    civilite: coordonnees.text("civilite", LONG) || null,
    nom: coordonnees.text("nom", LONG) || null,
    prenom: coordonnees.text("prenom", LONG) || null,
    telephones: numbers("telfixe"),
    portables: numbers("portable"),
    fax: numbers("fax"),
    courriel: coordonnees.text("courriel", LONG) || null,
    web: coordonnees.one("web")?.texts("urlweb", 0).filter(Boolean) ?? [],
  };
  const empty = Object.values(read).every((value) => value === null || (Array.isArray(value) && value.length === 0));
  return empty ? null : read;
}

/** The contacts of a list of contact elements, empty ones left out. */
export const readContacts = (contacts: NodeReader[]): ContactDoc[] => contacts.map(readContact).filter((c): c is ContactDoc => c !== null);
