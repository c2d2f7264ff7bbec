import { applyToMap, applyToTable, loadMap, loadTable, type ReadModelSpec, type Store, type Table } from "@prisme/common";
import { tallyDomaines } from "../domaine/domaine.tally";
import type { Domaine } from "../domaine/domaine.type";
import type { FormationDoc } from "../formation/formation.model";
import type { MetierDoc } from "../metier/metier.model";
import { QUIZ_INTERETS, QUIZ_QUESTIONS, type QuizInteretDoc, type QuizQuestionDoc } from "../quiz/quiz.model";
import { DOMAINES_PROFESSIONNELS, ROMES, type DomaineProfessionnelDoc, type RomeDoc } from "../rome/rome.model";
import { formationTable } from "./formation.table";
import { metierTable } from "./metier.table";

/** What the Onisep subgraph serves requests from: every record it owns (a few thousand), indexed. */
export interface OnisepState {
  metiers: Table<MetierDoc>;
  formations: Table<FormationDoc>;
  romes: Map<string, RomeDoc>;
  domainesProfessionnels: Map<string, DomaineProfessionnelDoc>;
  quizQuestions: Map<string, QuizQuestionDoc>;
  quizInterets: Map<string, QuizInteretDoc>;
  /** The domaines of métiers and formations with their counts (computed once per change). */
  domaines(): Domaine[];
}

function withDomaines(state: Omit<OnisepState, "domaines">): OnisepState {
  let cached: { key: string; value: Domaine[] } | null = null;
  return {
    ...state,
    domaines() {
      const key = `${state.metiers.version}:${state.formations.version}`;
      if (cached?.key !== key) cached = { key, value: tallyDomaines([...state.metiers.all()], [...state.formations.all()]) };
      return cached.value;
    },
  };
}

/** The Onisep read model: loaded from the six collections, kept current record by record. */
export function onisepReadModel(store: Store): ReadModelSpec<OnisepState> {
  return {
    name: "onisep",
    async load(progress) {
      return withDomaines({
        metiers: await loadTable(store.db, metierTable, progress),
        formations: await loadTable(store.db, formationTable, progress),
        romes: await loadMap<RomeDoc>(store.db, ROMES),
        domainesProfessionnels: await loadMap<DomaineProfessionnelDoc>(store.db, DOMAINES_PROFESSIONNELS),
        quizQuestions: await loadMap<QuizQuestionDoc>(store.db, QUIZ_QUESTIONS),
        quizInterets: await loadMap<QuizInteretDoc>(store.db, QUIZ_INTERETS),
      });
    },
    async apply(state, changed) {
      await applyToTable(store.db, state.metiers, metierTable, changed.get(metierTable.collection));
      await applyToTable(store.db, state.formations, formationTable, changed.get(formationTable.collection));
      await applyToMap(store.db, state.romes, ROMES, changed.get(ROMES));
      await applyToMap(store.db, state.domainesProfessionnels, DOMAINES_PROFESSIONNELS, changed.get(DOMAINES_PROFESSIONNELS));
      await applyToMap(store.db, state.quizQuestions, QUIZ_QUESTIONS, changed.get(QUIZ_QUESTIONS));
      await applyToMap(store.db, state.quizInterets, QUIZ_INTERETS, changed.get(QUIZ_INTERETS));
      return true;
    },
  };
}
