"use client";
import type { Suggestion } from "./suggestions";

/** The listbox of suggestions, in groups; options are not links (a listbox holds no focusable element): the box follows them. */
export function SuggestionList({ id, suggestions, active, open, onChoose, onHover }: { id: string; suggestions: Suggestion[]; active: number; open: boolean; onChoose: (s: Suggestion) => void; onHover: (index: number) => void }) {
  const groups = [...new Set(suggestions.map((s) => s.groupe))];
  return (
    <div id={id} role="listbox" aria-label="Suggestions" className="prisme-suggestions" hidden={!open} onMouseDown={(event) => event.preventDefault()}>
      {groups.map((groupe, g) => (
        <div key={groupe} role="group" aria-labelledby={`${id}-g${g}`}>
          <div role="presentation" id={`${id}-g${g}`} className="prisme-suggestions__groupe">
            {groupe}
          </div>
          {suggestions.map((s, index) =>
            s.groupe !== groupe ? null : (
              <div
                key={s.key}
                id={`${id}-${index}`}
                role="option"
                aria-selected={index === active}
                className="prisme-suggestions__option"
                onClick={() => onChoose(s)}
                onMouseEnter={() => onHover(index)}
              >
                {s.libelle}
                {s.detail && <span className="prisme-suggestions__detail"> – {s.detail}</span>}
              </div>
            ),
          )}
        </div>
      ))}
    </div>
  );
}
