/** A DSFR select; the first option ("Tous", "Toutes"…) means no filter. */
export function SelectField({ id, name, label, options, value, vide }: { id: string; name: string; label: string; options: readonly (readonly [string, string])[]; value: string | undefined; vide: string }) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{vide}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
