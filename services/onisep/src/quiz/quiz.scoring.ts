import { badUserInput, fold } from "@prisme/common";
import { domaineKey, domaineKeys } from "../common/text";
import type { MetierDoc } from "../metier/metier.model";
import type { CritereDoc, QuizInteretDoc, QuizQuestionDoc } from "./quiz.model";

export interface Reponse {
  question: string;
  option: string;
}

export interface ScoreInteret {
  code: string;
  libelle: string;
  points: number;
  /** Share of the answers' points, in percent (the profile sums to 100). */
  score: number;
}

export interface Raison {
  interet: string;
  libelle: string;
  points: number;
  critere: string;
}

export interface MetierClasse {
  metier: MetierDoc;
  score: number;
  raisons: Raison[];
}

/** Checks the answers against the stored questions (one known option per question, every question answered) and sums the points per interest. */
export function interestProfile(questions: QuizQuestionDoc[], interets: QuizInteretDoc[], reponses: Reponse[]): ScoreInteret[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const points = new Map(interets.map((i) => [i.code, 0]));
  const answered = new Set<string>();
  for (const reponse of reponses) {
    const question = byId.get(reponse.question);
    if (!question) throw badUserInput(`Unknown question "${reponse.question}": the questions are ${questions.map((q) => q.id).join(", ")}.`, "reponses");
    if (answered.has(question.id)) throw badUserInput(`Question ${question.id} is answered twice: give one option per question.`, "reponses");
    const option = question.options.find((o) => o.code === reponse.option);
    if (!option) throw badUserInput(`Question ${question.id} has no option "${reponse.option}": choose one of ${question.options.map((o) => o.code).join(", ")}.`, "reponses");
    answered.add(question.id);
    for (const gain of option.interets) points.set(gain.code, (points.get(gain.code) ?? 0) + gain.points);
  }
  const missing = questions.filter((q) => !answered.has(q.id)).map((q) => q.id);
  if (missing.length) throw badUserInput(`Missing answer(s) to question(s) ${missing.join(", ")}: every question needs one answer.`, "reponses");
  const total = [...points.values()].reduce((sum, value) => sum + value, 0) || 1;
  return [...interets]
    .sort((a, b) => a.ordre - b.ordre)
    .map((i) => ({ code: i.code, libelle: i.libelle, points: points.get(i.code) ?? 0, score: round(((points.get(i.code) ?? 0) / total) * 100) }));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A criterion ready to test: its ROME prefix or its domaine key computed once per ranking, not once per métier. */
interface Test {
  critere: CritereDoc;
  rome: string | null;
  domaine: string | null;
}

const testOf = (critere: CritereDoc): Test => {
  if (critere.type === "rome") return { critere, rome: critere.valeur.toUpperCase(), domaine: null };
  const [domaine, sousDomaine] = critere.valeur.includes("/") ? critere.valeur.split("/") : [critere.valeur, undefined];
  return { critere, rome: null, domaine: domaineKey(domaine!, sousDomaine) };
};

/** A métier's domaine keys, kept with the read model's record (records are not changed in place: a new version is a new object). */
const keysOf = new WeakMap<MetierDoc, Set<string>>();
function domaineKeysOf(metier: MetierDoc): Set<string> {
  let keys = keysOf.get(metier);
  if (!keys) keysOf.set(metier, (keys = new Set(domaineKeys(metier.domaines ?? []))));
  return keys;
}

/** The strongest criterion of an interest that a métier meets, if any. */
function bestCritere(metier: MetierDoc, tests: Test[], keys: Set<string>): CritereDoc | null {
  let best: CritereDoc | null = null;
  for (const test of tests) {
    const met = test.rome !== null ? metier.codesRome.some((code) => code.startsWith(test.rome!)) : keys.has(test.domaine!);
    if (met && (!best || test.critere.poids > best.poids)) best = test.critere;
  }
  return best;
}

/**
 * Ranks métiers by how well they express the profile: for each interest, its share of the
 * answers times the weight of the strongest criterion the métier meets. Ties break on libellé
 * then id, so the same answers always give the same list.
 */
export function rankMetiers(metiers: MetierDoc[], interets: QuizInteretDoc[], profil: ScoreInteret[]): MetierClasse[] {
  const share = new Map(profil.map((p) => [p.code, p.score]));
  const weighed = interets.map((interet) => ({ interet, weight: share.get(interet.code) ?? 0, tests: interet.criteres.map(testOf) })).filter((w) => w.weight > 0);
  const ranked: { classe: MetierClasse; key: [number, string, string] }[] = [];
  for (const metier of metiers) {
    const keys = domaineKeysOf(metier);
    const raisons: Raison[] = [];
    for (const { interet, weight, tests } of weighed) {
      const critere = bestCritere(metier, tests, keys);
      if (critere) raisons.push({ interet: interet.code, libelle: interet.libelle, points: round(weight * critere.poids), critere: `${critere.type === "rome" ? "code ROME" : "domaine"} ${critere.valeur}` });
    }
    if (raisons.length === 0) continue;
    raisons.sort((a, b) => b.points - a.points || a.interet.localeCompare(b.interet));
    const classe = { metier, score: round(raisons.reduce((sum, r) => sum + r.points, 0)), raisons };
    ranked.push({ classe, key: rankKey(classe) });
  }
  // Each key computed once (folding a libellé per comparison cost most of a ranking).
  return ranked.sort((a, b) => compareKeys(a.key, b.key)).map((r) => r.classe);
}

/** The order of the ranking: best score first, then libellé and id (what its cursors hold). */
export const rankKey = (m: MetierClasse): [number, string, string] => [-m.score, fold(m.metier.libelle), m.metier.id];

function compareKeys(a: [number, string, string], b: [number, string, string]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
