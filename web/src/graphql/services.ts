// The partners behind the graph, as the gateway names them in errors (extensions.serviceName),
// and what a person misses when one of them does not answer.

export const SERVICES = {
  onisep: "les métiers et les formations (Onisep)",
  "carif-oref": "la formation continue (Carif-Oref)",
  rectorat: "les établissements et l'insertion des diplômés (Rectorat)",
  region: "les communes, les lieux d'accueil et les événements (Région)",
} as const;

export type ServiceName = keyof typeof SERVICES;

/** What a person misses when this part of the graph is down ("les métiers et les formations (Onisep)"). */
export function serviceLabel(name: string): string {
  return (SERVICES as Record<string, string>)[name] ?? `les données du service ${name}`;
}
