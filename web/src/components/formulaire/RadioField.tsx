/** A DSFR group of radio buttons in a fieldset; the first choice may mean no filter (empty value). */
export function RadioField({ id, name, legend, choices, value }: { id: string; name: string; legend: string; choices: readonly (readonly [string, string])[]; value: string }) {
  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${id}-legend`}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legend`}>
        {legend}
      </legend>
      {choices.map(([choiceValue, choiceLabel]) => (
        <div className="fr-fieldset__element" key={choiceValue}>
          <div className="fr-radio-group">
            <input type="radio" id={`${id}-${choiceValue || "tous"}`} name={name} value={choiceValue} defaultChecked={value === choiceValue} />
            <label className="fr-label" htmlFor={`${id}-${choiceValue || "tous"}`}>
              {choiceLabel}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
