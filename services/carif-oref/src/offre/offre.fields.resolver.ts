import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CarifOrefContext } from "../context";
import { Certification } from "../certification/certification.type";
import { Commune } from "../commune/commune.type";
import { DICT_AIS, DICT_NIVEAUX, NIVEAUX_EUROPEENS_COURTS } from "../importers/lheo/lheo.dictionaries";
import { CodeLheo, codeLheo } from "./code-lheo.type";
import { ContactLheo } from "./contact.type";
import { descripteurs } from "../formacode/descripteurs";
import { Formacode } from "../formacode/formacode.type";
import { OrganismeFormation } from "../organisme/organisme.type";
import type { OffreDoc } from "./offre.model";
import { LieuFormation } from "./action.type";
import { NiveauLheo, OffreFormation } from "./offre.type";
import { Session } from "./session.type";
import type { SessionDoc } from "./session.model";

const niveau = (code: string | null | undefined) => (code ? { code, libelle: NIVEAUX_EUROPEENS_COURTS[code] ?? DICT_NIVEAUX.libelles[code] ?? code } : null);
// Unknown starts (null) sort last: "the next session" is the first one.
const byStart = (a: SessionDoc, b: SessionDoc) => (a.debut ?? "9999") .localeCompare(b.debut ?? "9999");

@Resolver(() => OffreFormation)
export class OffreFieldsResolver {
  @FieldResolver(() => [Session], { description: "Toutes les sessions de toutes les actions, par date de début (les débuts inconnus en dernier) : la prochaine session est la première." })
  sessions(@Root() offre: OffreDoc): SessionDoc[] {
    return offre.actions.flatMap((a) => a.sessions).sort(byStart);
  }

  @FieldResolver(() => [LieuFormation], { description: "Tous les lieux où l'offre est dispensée, chacun une fois." })
  lieux(@Root() offre: OffreDoc) {
    const seen = new Set<string>();
    return offre.actions.flatMap((a) => a.lieux).filter((l) => {
      const key = JSON.stringify(l.adresse);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }

  @FieldResolver(() => [Commune], { description: "Les communes (sous-graphe region) où l'offre est dispensée." })
  communes(@Root() offre: OffreDoc) {
    return (offre.codesInsee ?? []).map((code) => ({ code }));
  }

  @FieldResolver(() => NiveauLheo, { nullable: true, description: "Niveau d'entrée requis (dictionnaire LHEO dict-niveaux) ; null si le flux ne le dit pas." })
  niveauEntree(@Root() offre: OffreDoc) {
    return niveau(offre.niveauEntree);
  }

  @FieldResolver(() => NiveauLheo, { nullable: true, description: "Niveau atteint à la fin (dictionnaire LHEO dict-niveaux) ; null si le flux ne le dit pas." })
  niveauSortie(@Root() offre: OffreDoc) {
    return niveau(offre.niveauSortie);
  }

  // Offers stored before contacts were read, and demonstration offers, have none.
  @FieldResolver(() => [ContactLheo], { description: "Qui renseigne sur l'offre (élément LHEO contact-formation), tel que le donne le flux." })
  contactsFormation(@Root() offre: OffreDoc) {
    return offre.contactsFormation ?? [];
  }

  @FieldResolver(() => [ContactLheo], { description: "Les contacts de l'organisme responsable pour cette offre (élément LHEO contact-organisme), tels que les donne le flux." })
  contactsOrganisme(@Root() offre: OffreDoc) {
    return offre.contactsOrganisme ?? [];
  }

  @FieldResolver(() => [Formacode], { description: "Les descripteurs Formacode de ses codes formacodes (libellé, champ sémantique, termes voisins), dans le même ordre ; un code absent du Formacode importé est omis." })
  async descripteursFormacode(@Root() offre: OffreDoc, @Ctx() ctx: CarifOrefContext) {
    return descripteurs(await ctx.read(), offre.formacodes);
  }

  @FieldResolver(() => CodeLheo, { nullable: true, description: "Objectif général de la formation (élément LHEO objectif-general-formation, dictionnaire dict-AIS : certification, professionnalisation, perfectionnement…) ; null si le flux ne le dit pas." })
  objectifGeneral(@Root() offre: OffreDoc) {
    return codeLheo(offre.objectifGeneral, DICT_AIS);
  }

  @FieldResolver(() => OrganismeFormation, { nullable: true, description: "L'organisme responsable de l'offre (par son SIRET) ; null s'il n'est pas connu." })
  async organisme(@Root() offre: OffreDoc, @Ctx() ctx: CarifOrefContext) {
    return offre.siretOrganisme ? ((await ctx.read()).organismes.get(offre.siretOrganisme) ?? null) : null;
  }

  @FieldResolver(() => [Certification], { description: "Les certifications Certif Info auxquelles elle mène (par code Certif Info, ou par numéro RNCP)." })
  async certifications(@Root() offre: OffreDoc, @Ctx() ctx: CarifOrefContext) {
    const { certifications } = await ctx.read();
    const ids = new Set([...(offre.codesCertifInfo ?? []), ...certifications.keysWith("codeRncp", offre.codesRncp ?? [])]);
    return [...ids].flatMap((id) => certifications.get(id) ?? []);
  }
}
