import type { Metadata } from "next";
import { sujetsVariables } from "@/components/evenement/sujets";
import { Link } from "@/components/link/Link";
import { Indisponible } from "@/components/partial/Indisponible";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { Provenance } from "@/components/resultats/Provenance";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadQuery } from "@/graphql/cached-query";
import { loadPage } from "@/graphql/page-loader";
import { formatInstant } from "@/lib/format";
import { paragraphs } from "@/lib/html-text";
import { label, PUBLIC_STRUCTURE, TYPE_EVENEMENT } from "@/lib/labels";
import { EvenementQuery, EvenementSujetsQuery } from "./evenement.query";

type Props = { params: Promise<{ id: string }> };

const EVENEMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

async function load(id: string) {
  // A malformed id cannot exist: no request.
  if (!EVENEMENT_ID.test(id)) return undefined;
  return loadPage(EvenementQuery, { id }, { rectorat: ["avecRectorat"] });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id);
  const data = outcome?.data;
  const e = data?.evenement;
  if (!e) return { title: outcome?.failure || outcome?.missing.includes("region") ? "Événement momentanément indisponible" : "Page non trouvée", robots: { index: false } };
  return pageMetadata(
    `${e.annule ? "Annulé : " : ""}${e.titre}`,
    `${label(TYPE_EVENEMENT, e.type)} le ${formatInstant(e.debut)}${e.lieu ? ` à ${e.lieu.nom}` : e.url ? " en ligne" : ""}.`,
    `/evenements/${id}`,
  );
}

export default async function EvenementPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id);
  if (!outcome?.data?.evenement) {
    if (outcome && (outcome.failure || outcome.missing.includes("region"))) return <Indisponible titre="Événement" missing={outcome.missing} />;
    return <PageIntrouvable quoi="L'événement que vous cherchez" />;
  }
  const missing = outcome.missing;
  const e = outcome.data.evenement;
  const sujets = e.metierIds.length + e.formationIds.length > 0 ? await loadQuery(EvenementSujetsQuery, sujetsVariables(e.metierIds, e.formationIds)) : undefined;
  const metiers = sujets?.data ? [sujets.data.m0, sujets.data.m1, sujets.data.m2, sujets.data.m3, sujets.data.m4].filter((m) => !!m) : [];
  const formations = sujets?.data ? [sujets.data.f0, sujets.data.f1, sujets.data.f2, sujets.data.f3, sujets.data.f4].filter((f) => !!f) : [];
  const manquants = [...new Set([...missing, ...(sujets?.missing ?? [])])];
  return (
    <>
      <h1>
        {e.annule && "Annulé : "}
        {e.titre}
      </h1>
      <p className="fr-text--lead">{label(TYPE_EVENEMENT, e.type)}</p>
      {e.annule && (
        <div className="fr-alert fr-alert--warning fr-mb-4w">
          <h2 className="fr-alert__title">Cet événement est annulé</h2>
          {e.motifAnnulation && <p>{e.motifAnnulation}</p>}
        </div>
      )}
      <PartsMissing missing={manquants} />
      <section aria-labelledby="quand-ou" className="fr-mb-6w">
        <h2 id="quand-ou">Quand et où</h2>
        <dl className="prisme-dl">
          <dt>Début</dt>
          <dd>{formatInstant(e.debut)}</dd>
          <dt>Fin</dt>
          <dd>{formatInstant(e.fin)}</dd>
          <dt>Lieu</dt>
          <dd>{e.lieu ? e.lieu.nom : e.url ? "En ligne" : "À préciser"}</dd>
          {e.url && (
            <>
              <dt>Pour participer en ligne</dt>
              <dd>
                <a href={e.url} rel="noopener">
                  {e.url}
                </a>
              </dd>
            </>
          )}
          <dt>Inscription</dt>
          <dd>{e.inscription ?? "Entrée libre"}</dd>
          {e.publics.length > 0 && (
            <>
              <dt>Pour</dt>
              <dd>{e.publics.map((p) => label(PUBLIC_STRUCTURE, p)).join(", ")}</dd>
            </>
          )}
          {(e.organisateurStructure || e.organisateurEtablissement) && (
            <>
              <dt>Organisé par</dt>
              <dd>
                {e.organisateurStructure && <Link href={`/structures/${encodeURIComponent(e.organisateurStructure.id)}`}>{e.organisateurStructure.nom}</Link>}
                {e.organisateurEtablissement && <Link href={`/etablissements/${encodeURIComponent(e.organisateurEtablissement.uai)}`}>{e.organisateurEtablissement.nom}</Link>}
              </dd>
            </>
          )}
        </dl>
      </section>
      {paragraphs(e.description).length > 0 && (
        <section aria-labelledby="description" className="fr-mb-6w">
          <h2 id="description">Présentation</h2>
          {paragraphs(e.description).map((ligne, i) => (
            <p key={i}>{ligne}</p>
          ))}
        </section>
      )}
      {(metiers.length > 0 || formations.length > 0 || e.etablissements?.some(Boolean)) && (
        <section aria-labelledby="sujets" className="fr-mb-6w">
          <h2 id="sujets">À découvrir</h2>
          <ul>
            {metiers.map((m) => (
              <li key={m.id}>
                Le métier : <Link href={`/metiers/${encodeURIComponent(m.id)}`}>{m.libelle}</Link>
              </li>
            ))}
            {formations.map((f) => (
              <li key={f.id}>
                La formation : <Link href={`/formations/${encodeURIComponent(f.id)}`}>{f.libelle}</Link>
              </li>
            ))}
            {e.etablissements?.filter((etab) => etab !== null).map((etab) => (
              <li key={etab.uai}>
                L&apos;établissement : <Link href={`/etablissements/${encodeURIComponent(etab.uai)}`}>{etab.nom}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Provenance provenance={e.provenance} />
    </>
  );
}
