import { Link } from "@/components/link/Link";
import type { ResultatQuiz } from "@/graphql/quiz-answers";
import { withParams } from "@/lib/search-params";

/** The interest profile, then the métiers ranked for it, each with the reasons and a link to its page. */
export function QuizResultats({ resultat, r, premiereQuestion }: { resultat: ResultatQuiz; r: string; premiereQuestion: string }) {
  const profil = [...resultat.profil].sort((a, b) => b.score - a.score);
  return (
    <>
      <section aria-labelledby="profil" className="fr-mb-6w">
        <h2 id="profil">Votre profil</h2>
        <ul className="prisme-list">
          {profil.map((interet) => (
            <li key={interet.code} className="fr-mb-2w">
              <span className="fr-text--bold">{interet.libelle}</span> : {Math.round(interet.score)} %
              <div className="prisme-jauge" aria-hidden="true">
                <div style={{ width: `${Math.max(0, Math.min(100, interet.score))}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="metiers-classes" className="fr-mb-6w">
        <h2 id="metiers-classes">Les métiers qui vous ressemblent</h2>
        {resultat.metiers.nodes.length === 0 ? (
          <p>Aucun métier ne correspond encore à ce profil.</p>
        ) : (
          <ol className="prisme-classement">
            {resultat.metiers.nodes.map(({ metier, score, raisons }) => (
              <li key={metier.id} className="fr-mb-3w">
                <h3 className="fr-h5 fr-mb-1v">
                  <Link href={`/metiers/${encodeURIComponent(metier.id)}`}>{metier.libelle}</Link>
                </h3>
                <p className="fr-text--sm fr-mb-1v">Correspondance : {Math.round(score)} sur 100</p>
                {raisons.length > 0 && (
                  <ul className="fr-text--sm">
                    {raisons.map((raison) => (
                      <li key={`${raison.interet}-${raison.critere}`}>
                        {raison.libelle} (+{Math.round(raison.points)} points) : {raison.critere}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/quiz">
            Recommencer le quiz
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" href={withParams("/quiz", { r, revoir: premiereQuestion })}>
            Revoir mes réponses
          </Link>
        </li>
      </ul>
    </>
  );
}
