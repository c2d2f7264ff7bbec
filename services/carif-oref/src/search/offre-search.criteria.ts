import type { ModaliteEnseignement } from "../offre/modalite-enseignement.enum";

/** What a caller may ask of offres(…), already validated by the resolver. */
export interface OffreCriteria {
  texte?: string | null;
  codeRome?: string | null;
  formacode?: string | null;
  codeRncp?: string | null;
  certifiante?: boolean | null;
  modalite?: ModaliteEnseignement | null;
  /** YYYY-MM-DD: only offers with a session starting that day or later. */
  debutApres?: string | null;
  recrutementOuvert?: boolean | null;
  autourDe?: { latitude: number; longitude: number; rayonKm: number } | null;
}

/** Turns the criteria into an Orama where clause (codes are enum[] fields: containsAny). */
export function buildWhere(criteria: OffreCriteria): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (criteria.codeRome) where.codesRome = { containsAny: [criteria.codeRome] };
  if (criteria.formacode) where.formacodes = { containsAny: [criteria.formacode] };
  if (criteria.codeRncp) where.codesRncp = { containsAny: [criteria.codeRncp] };
  if (criteria.modalite) where.modalites = { containsAny: [criteria.modalite] };
  if (criteria.certifiante != null) where.certifiante = criteria.certifiante;
  if (criteria.recrutementOuvert) where.recrutementOuvert = true;
  if (criteria.debutApres) where.dernierDebut = { gte: Number(criteria.debutApres.replaceAll("-", "")) };
  return where;
}
