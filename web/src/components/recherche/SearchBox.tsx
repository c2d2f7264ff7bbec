"use client";
// The one search box: a plain GET form to /recherche (it works without JavaScript), enhanced into
// an ARIA 1.2 combobox that suggests métiers, formations, offers, établissements and communes as
// the person types. Arrows move through the suggestions, Enter opens one, Escape closes the list.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { fetchSuggestions } from "./fetch-suggestions";
import { MAX_CHARS, MIN_CHARS, type Suggestion } from "./suggestions";
import { SuggestionList } from "./SuggestionList";

export function SearchBox({ defaultValue = "", large = false, label = "Rechercher un métier, une formation, un établissement ou une commune" }: { defaultValue?: string; large?: boolean; label?: string }) {
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-suggestions`;
  const router = useRouter();
  const [enhanced, setEnhanced] = useState(false);
  const [text, setText] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const latest = useRef("");
  // Suggestions follow what the person types, not the text the page was opened with.
  const typed = useRef(false);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    const q = text.trim();
    latest.current = q;
    if (!typed.current) return;
    if (q.length < MIN_CHARS) {
      setSuggestions([]);
      setOpen(false);
      setStatus("");
      return;
    }
    // A short pause between keystrokes, so that one request goes per word rather than per letter.
    const timer = setTimeout(() => {
      fetchSuggestions(q)
        .then((found) => {
          if (latest.current !== q) return;
          setSuggestions(found);
          setActive(-1);
          setOpen(found.length > 0);
          setStatus(found.length ? `${found.length} suggestion${found.length > 1 ? "s" : ""}. Flèches haut et bas pour les parcourir, Entrée pour en ouvrir une.` : "Aucune suggestion.");
        })
        .catch(() => setStatus(""));
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    router.push(suggestion.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current === -1 ? (step === 1 ? 0 : suggestions.length - 1) : (current + step + suggestions.length) % suggestions.length));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setText("");
    }
  };

  const expanded = enhanced && open && suggestions.length > 0;
  return (
    <form action="/recherche" method="get" role="search" className="prisme-searchbox">
      <div className={`fr-search-bar${large ? " fr-search-bar--lg" : ""}`}>
        <label className="fr-label" htmlFor={inputId}>
          {label}
        </label>
        <input
          className="fr-input"
          id={inputId}
          name="q"
          type="search"
          placeholder="Ex. : boulanger, BTS, lycée Blaise Pascal, Vichy"
          maxLength={MAX_CHARS}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            typed.current = true;
            setText(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => suggestions.length > 0 && setOpen(true)}
          {...(enhanced
            ? {
                role: "combobox",
                "aria-autocomplete": "list" as const,
                "aria-expanded": expanded,
                "aria-controls": listId,
                "aria-activedescendant": expanded && active >= 0 ? `${listId}-${active}` : undefined,
              }
            : {})}
        />
        <button className="fr-btn" type="submit" title="Rechercher">
          Rechercher
        </button>
      </div>
      {enhanced && <SuggestionList id={listId} suggestions={suggestions} active={active} open={expanded} onChoose={choose} onHover={setActive} />}
      <p className="fr-sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
