import type { CoordonneesDoc } from "@prisme/common";

/**
 * The centres of the demonstration communes used by the demo structures and events (the
 * Etalab package has no points; the full set comes from `npm run import -- codes-postaux`).
 * Rounded from La Poste's base officielle des codes postaux.
 */
export const DEMO_CENTRES: Record<string, CoordonneesDoc> = {
  "63113": { latitude: 45.7856, longitude: 3.1155 }, // Clermont-Ferrand
  "63300": { latitude: 45.8943, longitude: 3.1325 }, // Riom
  "03310": { latitude: 46.13, longitude: 3.4244 }, // Vichy
  "03190": { latitude: 46.5625, longitude: 3.3266 }, // Moulins
  "03185": { latitude: 46.3386, longitude: 2.6039 }, // Montluçon
  "15014": { latitude: 44.9245, longitude: 2.4416 }, // Aurillac
  "43157": { latitude: 45.0276, longitude: 3.8954 }, // Le Puy-en-Velay
  "63178": { latitude: 45.5456, longitude: 3.245 }, // Issoire
  "63430": { latitude: 45.8621, longitude: 3.5395 }, // Thiers
  "15187": { latitude: 45.0279, longitude: 3.0832 }, // Saint-Flour
  "43040": { latitude: 45.2964, longitude: 3.3853 }, // Brioude
  "63124": { latitude: 45.743, longitude: 3.1869 }, // Cournon-d'Auvergne
  "63003": { latitude: 45.5558, longitude: 3.7563 }, // Ambert
};
