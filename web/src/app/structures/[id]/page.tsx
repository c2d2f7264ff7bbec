import type { Metadata } from "next";
import { Link } from "@/components/link/Link";
import { Indisponible } from "@/components/partial/Indisponible";
import { PageIntrouvable } from "@/components/partial/PageIntrouvable";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { Provenance } from "@/components/resultats/Provenance";
import { Horaires } from "@/components/structure/Horaires";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadPage } from "@/graphql/page-loader";
import { plural } from "@/lib/format";
import { label, PUBLIC_STRUCTURE, TYPE_STRUCTURE } from "@/lib/labels";
import { lieuParams, RAYON_PAR_DEFAUT_KM } from "@/lib/lieu";
import { withParams } from "@/lib/search-params";
import { StructureQuery } from "./structure.query";

type Props = { params: Promise<{ id: string }> };

const STRUCTURE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

async function load(id: string) {
  // A malformed id cannot exist: no request.
  if (!STRUCTURE_ID.test(id)) return undefined;
  return loadPage(StructureQuery, { id });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id);
  const data = outcome?.data;
  const s = data?.structure;
  if (!s) return { title: outcome?.failure || outcome?.missing.includes("region") ? "Lieu d'accueil momentanément indisponible" : "Page non trouvée", robots: { index: false } };
  return pageMetadata(s.nom, `${label(TYPE_STRUCTURE, s.type)}${s.commune ? ` à ${s.commune.nom}` : ""} : adresse, horaires d'ouverture, contacts et publics reçus.`, `/structures/${id}`);
}

export default async function StructurePage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const outcome = await load(id);
  if (!outcome?.data?.structure) {
    if (outcome && (outcome.failure || outcome.missing.includes("region"))) return <Indisponible titre="Lieu d'accueil" missing={outcome.missing} />;
    return <PageIntrouvable quoi="Le lieu d'accueil que vous cherchez" />;
  }
  const missing = outcome.missing;
  const s = outcome.data.structure;
  return (
    <>
      <h1>{s.nom}</h1>
      <p className="fr-text--lead">{label(TYPE_STRUCTURE, s.type)}</p>
      <PartsMissing missing={missing} />
      <section aria-labelledby="contacts" className="fr-mb-6w">
        <h2 id="contacts">Adresse et contacts</h2>
        <dl className="prisme-dl">
          <dt>Adresse</dt>
          <dd>{s.adresse ?? s.commune?.nom ?? "Non communiquée"}</dd>
          {s.contacts.telephone && (
            <>
              <dt>Téléphone</dt>
              <dd>
                <a href={`tel:${s.contacts.telephone.replace(/\s/g, "")}`}>{s.contacts.telephone}</a>
              </dd>
            </>
          )}
          {s.contacts.courriel && (
            <>
              <dt>Courriel</dt>
              <dd>
                <a href={`mailto:${s.contacts.courriel}`}>{s.contacts.courriel}</a>
              </dd>
            </>
          )}
          {s.contacts.siteWeb && (
            <>
              <dt>Site web</dt>
              <dd>
                <a href={s.contacts.siteWeb} rel="noopener">
                  {s.contacts.siteWeb}
                </a>
              </dd>
            </>
          )}
          {s.etablissement && (
            <>
              <dt>Établissement</dt>
              <dd>
                <Link href={`/etablissements/${encodeURIComponent(s.etablissement.uai)}`}>{s.etablissement.nom}</Link>
              </dd>
            </>
          )}
        </dl>
        {s.coordonnees && (
          <p>
            <Link className="fr-link" href={withParams("/pres-de-chez-moi", lieuParams({ commune: s.commune?.code, latitude: s.coordonnees.latitude, longitude: s.coordonnees.longitude, rayonKm: RAYON_PAR_DEFAUT_KM }))}>
              Ce qui est proche de ce lieu
            </Link>
          </p>
        )}
      </section>
      <Horaires horaires={s.horaires} precision={s.precisionHoraires} />
      <section aria-labelledby="publics" className="fr-mb-6w">
        <h2 id="publics">Qui est accueilli</h2>
        {s.publics.length ? (
          <ul>
            {s.publics.map((p) => (
              <li key={p}>{label(PUBLIC_STRUCTURE, p)}</li>
            ))}
          </ul>
        ) : (
          <p>Tous les publics.</p>
        )}
        {s.services.length > 0 && (
          <>
            <h3 className="fr-h5">Services proposés</h3>
            <ul>
              {s.services.map((service) => (
                <li key={service}>{service}</li>
              ))}
            </ul>
          </>
        )}
        {s.communesCouvertes.totalCount > 0 && (
          <>
            <h3 className="fr-h5">Communes desservies</h3>
            <p>
              {s.communesCouvertes.nodes.map((c) => c.nom).join(", ")}
              {s.communesCouvertes.totalCount > s.communesCouvertes.nodes.length ? ` et ${plural(s.communesCouvertes.totalCount - s.communesCouvertes.nodes.length, "autre")}` : ""}.
            </p>
          </>
        )}
      </section>
      <Provenance provenance={s.provenance} />
    </>
  );
}
