/** A DSFR text or date input with its label and an optional hint. */
export function InputField({ id, name, label, hint, value, type = "text", maxLength }: { id: string; name: string; label: string; hint?: string; value: string | undefined; type?: "text" | "date"; maxLength?: number }) {
  return (
    <div className="fr-input-group">
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <input className="fr-input" id={id} name={name} type={type} defaultValue={value ?? ""} maxLength={maxLength} />
    </div>
  );
}
