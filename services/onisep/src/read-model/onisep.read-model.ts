import { applyToMap, applyToTable, loadMap, loadTable, type ReadModelSpec, type Store, type Table } from "@prisme/common";
import { tallyDomaines } from "../domaine/domaine.tally";
import type { Domaine } from "../domaine/domaine.type";
import { FICHES_FORMATIONS, type FicheFormationDoc } from "../formation/fiche-formation.model";
import type { FormationDoc } from "../formation/formation.model";
import { QUIZ_INTERETS, QUIZ_QUESTIONS, type QuizInteretDoc, type QuizQuestionDoc } from "../quiz/quiz.model";
import type { AppellationDoc } from "../rome/appellation.model";
import { DOMAINES_PROFESSIONNELS, type DomaineProfessionnelDoc } from "../rome/rome.model";
import { formationTable } from "./formation.table";
import { LIENS_COLLECTIONS, loadLiensRome, type LiensRome } from "./liens-rome";
import { metierTable, type MetierEntry } from "./metier.table";
import { appellationTable, romeTable, type RomeEntry } from "./rome.table";

/** What the Onisep subgraph serves requests from: every record it owns (a few thousand), indexed. */
export interface OnisepState {
  metiers: Table<MetierEntry>;
  formations: Table<FormationDoc>;
  romes: Table<RomeEntry>;
  appellations: Table<AppellationDoc>;
  /** The ROME referentials the métiers and fiches are completed with (table métiers ↔ ROME, job titles). */
  liens: LiensRome;
  fichesFormations: Map<string, FicheFormationDoc>;
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

/** The Onisep read model: loaded from its collections, kept current record by record. */
export function onisepReadModel(store: Store): ReadModelSpec<OnisepState> {
  return {
    name: "onisep",
    async load(progress) {
      const appellations = await loadTable(store.db, appellationTable, progress);
      const liens = await loadLiensRome(store, appellations);
      return withDomaines({
        metiers: await loadTable(store.db, metierTable(liens), progress),
        formations: await loadTable(store.db, formationTable, progress),
        romes: await loadTable(store.db, romeTable(liens), progress),
        appellations,
        liens,
        fichesFormations: await loadMap<FicheFormationDoc>(store.db, FICHES_FORMATIONS),
        domainesProfessionnels: await loadMap<DomaineProfessionnelDoc>(store.db, DOMAINES_PROFESSIONNELS),
        quizQuestions: await loadMap<QuizQuestionDoc>(store.db, QUIZ_QUESTIONS),
        quizInterets: await loadMap<QuizInteretDoc>(store.db, QUIZ_INTERETS),
      });
    },
    async apply(state, changed) {
      // Job titles and the table métiers ↔ ROME complete every métier and fiche: a change to them is a whole load.
      if (LIENS_COLLECTIONS.some((collection) => changed.get(collection)?.size)) return false;
      const metiers = metierTable(state.liens);
      const romes = romeTable(state.liens);
      await applyToTable(store.db, state.metiers, metiers, changed.get(metiers.collection));
      await applyToTable(store.db, state.formations, formationTable, changed.get(formationTable.collection));
      await applyToTable(store.db, state.romes, romes, changed.get(romes.collection));
      await applyToMap(store.db, state.fichesFormations, FICHES_FORMATIONS, changed.get(FICHES_FORMATIONS));
      await applyToMap(store.db, state.domainesProfessionnels, DOMAINES_PROFESSIONNELS, changed.get(DOMAINES_PROFESSIONNELS));
      await applyToMap(store.db, state.quizQuestions, QUIZ_QUESTIONS, changed.get(QUIZ_QUESTIONS));
      await applyToMap(store.db, state.quizInterets, QUIZ_INTERETS, changed.get(QUIZ_INTERETS));
      return true;
    },
  };
}
