/** One DSFR checkbox sending `name=value` when checked. */
export function CheckboxField({ id, name, value, label, checked }: { id: string; name: string; value: string; label: string; checked: boolean }) {
  return (
    <div className="fr-fieldset__element">
      <div className="fr-checkbox-group">
        <input type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
        <label className="fr-label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
