import { GeolocationButton } from "./GeolocationButton";
import { RayonSelect } from "./RayonSelect";

/**
 * Choose a place: a commune by name or postal code (resolved by the "Près de chez moi" page, which
 * comes back to `retour`), or the device's position; and a radius.
 */
export function LieuForm({ retour, lieu = "", rayonKm, titre = "Où cherchez-vous ?", idPrefix = "lieu" }: { retour?: string; lieu?: string; rayonKm: number; titre?: string; idPrefix?: string }) {
  return (
    <form action="/pres-de-chez-moi" method="get" className="fr-mb-4w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--lead">{titre}</legend>
        <div className="fr-fieldset__element">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`${idPrefix}-commune`}>
              Commune ou code postal
              <span className="fr-hint-text">Par exemple : Clermont-Ferrand, ou 63000</span>
            </label>
            <input className="fr-input" id={`${idPrefix}-commune`} name="lieu" defaultValue={lieu} required maxLength={60} autoComplete="address-level2" />
          </div>
        </div>
        <div className="fr-fieldset__element">
          <RayonSelect id={`${idPrefix}-rayon`} value={rayonKm} />
        </div>
        {retour && <input type="hidden" name="retour" value={retour} />}
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn">
            Chercher autour de ce lieu
          </button>
          <GeolocationButton retour={retour ?? "/pres-de-chez-moi"} />
        </div>
      </fieldset>
    </form>
  );
}
