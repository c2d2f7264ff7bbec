import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import { Link } from "@/components/link/Link";
import { withParams } from "@/lib/search-params";
import { reponsesParam, type Question, type Reponses } from "./reponses";

/**
 * One question of the quiz: a fieldset whose legend is the question, its options as radio buttons
 * (arrows move between them), and a submit button. Native controls, so keyboards and screen
 * readers need nothing more; the focus goes to the question once the quiz has started.
 */
export function QuestionForm({ question, questions, reponses, erreur }: { question: Question; questions: readonly Question[]; reponses: Reponses; erreur: boolean }) {
  const index = questions.findIndex((q) => q.id === question.id);
  const autres = new Map([...reponses].filter(([id]) => id !== question.id));
  const precedente = index > 0 ? questions[index - 1] : undefined;
  const choisie = reponses.get(question.id);
  const derniere = questions.every((q) => q.id === question.id || reponses.has(q.id));
  const legendId = `question-${question.id}`;
  return (
    <>
      <Stepper currentStep={index + 1} stepCount={questions.length} title={`Question ${index + 1} sur ${questions.length}`} nextTitle={derniere ? "Vos résultats" : "Question suivante"} />
      <form action="/quiz" method="get">
        <input type="hidden" name="r" value={reponsesParam(autres, questions)} />
        <input type="hidden" name="question" value={question.id} />
        <fieldset className={`fr-fieldset${erreur ? " fr-fieldset--error" : ""}`} aria-labelledby={legendId} {...(erreur ? { "aria-describedby": `${legendId}-erreur` } : {})}>
          <legend className="fr-fieldset__legend fr-text--lead" id={legendId}>
            {question.texte}
          </legend>
          {question.options.map((option, i) => (
            <div className="fr-fieldset__element" key={option.code}>
              <div className="fr-radio-group">
                <input
                  type="radio"
                  id={`${question.id}-${option.code}`}
                  name="choix"
                  value={option.code}
                  required
                  defaultChecked={choisie === option.code}
                  autoFocus={(reponses.size > 0 || erreur) && (choisie ? choisie === option.code : i === 0)}
                />
                <label className="fr-label" htmlFor={`${question.id}-${option.code}`}>
                  {option.libelle}
                </label>
              </div>
            </div>
          ))}
          {erreur && (
            <div className="fr-messages-group" id={`${legendId}-erreur`} aria-live="assertive">
              <p className="fr-message fr-message--error">Choisissez une réponse pour continuer.</p>
            </div>
          )}
        </fieldset>
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
          <li>
            <button type="submit" className="fr-btn">
              {derniere ? "Voir mes résultats" : "Question suivante"}
            </button>
          </li>
          {precedente && (
            <li>
              <Link className="fr-btn fr-btn--secondary" href={withParams("/quiz", { r: reponsesParam(reponses, questions), revoir: precedente.id })}>
                Question précédente
              </Link>
            </li>
          )}
        </ul>
      </form>
    </>
  );
}
