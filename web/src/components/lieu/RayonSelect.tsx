import { RAYONS_KM } from "@/lib/lieu";

/** The radius around the place, in km. */
export function RayonSelect({ id, value }: { id: string; value: number }) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        Distance maximale
      </label>
      <select className="fr-select" id={id} name="rayon" defaultValue={String(value)}>
        {RAYONS_KM.map((km) => (
          <option key={km} value={km}>
            {km} km
          </option>
        ))}
      </select>
    </div>
  );
}
