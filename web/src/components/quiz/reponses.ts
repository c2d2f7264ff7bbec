// The quiz's answers travel in the URL (r=Q01.a,Q02.c…): no account, no cookie, and a result
// page that can be shared. Each step is a plain GET form, so the quiz works without JavaScript.
import { single, type RawParams } from "@/lib/search-params";

export interface Question {
  id: string;
  texte: string;
  options: readonly { code: string; libelle: string }[];
}

export type Reponses = Map<string, string>;

/** The answers in the URL that match a question and one of its options; the others are ignored. */
export function reponsesFromParams(raw: RawParams, questions: readonly Question[]): Reponses {
  const reponses: Reponses = new Map();
  for (const pair of (single(raw, "r") ?? "").split(",")) {
    const [question, option] = pair.split(".");
    const known = questions.find((q) => q.id === question);
    if (known?.options.some((o) => o.code === option)) reponses.set(question, option);
  }
  // The answer just given by the form (question + choix) replaces any earlier one.
  const question = questions.find((q) => q.id === single(raw, "question"));
  const choix = single(raw, "choix");
  if (question && question.options.some((o) => o.code === choix)) reponses.set(question.id, choix!);
  return reponses;
}

/** r=Q01.a,Q02.c, in the questions' order. */
export function reponsesParam(reponses: Reponses, questions: readonly Question[]): string {
  return questions.flatMap((q) => (reponses.has(q.id) ? [`${q.id}.${reponses.get(q.id)}`] : [])).join(",");
}

/** The question to show: the one asked for in the URL (to change an answer), else the first unanswered. */
export function questionCourante<Q extends Question>(raw: RawParams, questions: readonly Q[], reponses: Reponses): Q | undefined {
  const revoir = questions.find((q) => q.id === single(raw, "revoir"));
  return revoir ?? questions.find((q) => !reponses.has(q.id));
}
