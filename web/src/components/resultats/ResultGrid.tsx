import type { ReactNode } from "react";

/** A list of result cards: one column on a phone, two from tablets on. */
export function ResultGrid({ children, label }: { children: ReactNode[]; label?: string }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-mb-2w prisme-list" aria-label={label}>
      {children.map((child, index) => (
        <li key={index} className="fr-col-12 fr-col-md-6">
          {child}
        </li>
      ))}
    </ul>
  );
}
