import type { ReactNode } from "react";

/**
 * A DSFR table. On a narrow screen it scrolls sideways inside its frame, so the frame is
 * focusable (keyboard users can scroll it) and named by the caption.
 */
export function DsfrTable({ caption, columns, rows, rowHeaders = false, describedBy }: { caption: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[]; rowHeaders?: boolean; describedBy?: string }) {
  return (
    <div className="fr-table fr-table--no-caption prisme-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table aria-describedby={describedBy}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, index) =>
                      rowHeaders && index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
