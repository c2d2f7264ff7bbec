import { JOUR } from "@/lib/labels";
import { DsfrTable } from "../table/DsfrTable";

type Horaire = { jour: string; ouverture: string; fermeture: string };

/** "09:00" → "9 h 00", as times are written in French. */
const heure = (hhmm: string) => {
  const [h, m] = hhmm.split(":");
  return `${Number(h)} h ${m}`;
};

/** Opening hours, day by day (a day without a slot is closed), and the structure's own remark. */
export function Horaires({ horaires, precision }: { horaires: readonly Horaire[]; precision: string | null }) {
  return (
    <section aria-labelledby="horaires" className="fr-mb-6w">
      <h2 id="horaires">Horaires d&apos;ouverture</h2>
      {horaires.length === 0 ? (
        <p>Les horaires ne sont pas connus : appelez avant de vous déplacer.</p>
      ) : (
        <DsfrTable
          caption="Horaires d'ouverture"
          columns={["Jour", "Horaires"]}
          rowHeaders
          rows={Object.entries(JOUR).map(([jour, libelle]) => {
            const creneaux = horaires.filter((h) => h.jour === jour);
            return { key: jour, cells: [libelle, creneaux.length ? creneaux.map((c) => `${heure(c.ouverture)} – ${heure(c.fermeture)}`).join(", ") : "Fermé"] };
          })}
        />
      )}
      {precision && <p>{precision}</p>}
    </section>
  );
}
