import { FieldResolver, Resolver, Root } from "type-graphql";
import { DICT_TYPE_CONTACT } from "../importers/lheo/lheo.dictionaries";
import { CodeLheo, codeLheo } from "./code-lheo.type";
import type { ContactDoc } from "./contact.model";
import { ContactLheo } from "./contact.type";

@Resolver(() => ContactLheo)
export class ContactResolver {
  @FieldResolver(() => CodeLheo, { nullable: true, description: "Le rôle du contact (dictionnaire LHEO dict-type-contact : accueil, référent pédagogique, référent handicap…) ; null si le flux ne le dit pas." })
  type(@Root() contact: ContactDoc) {
    return codeLheo(contact.typeContact, DICT_TYPE_CONTACT);
  }
}
