/** A SIRET: 14 digits (SIREN of 9, NIC of 5). */
export const SIRET = /^\d{14}$/;

/** True when the digits pass the Luhn checksum INSEE uses for SIREN and SIRET. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn check digit to a string of digits (the generator's valid SIRETs). */
export function withLuhnDigit(digits: string): string {
  for (let check = 0; check < 10; check += 1) if (luhnValid(`${digits}${check}`)) return `${digits}${check}`;
  throw new Error("unreachable: one of ten digits always completes a Luhn sum");
}

/** A valid SIRET: 14 digits with the Luhn checksum (La Poste's establishments, SIREN 356000000, use a digit sum multiple of 5). */
export function isValidSiret(value: string): boolean {
  if (!SIRET.test(value)) return false;
  if (value.startsWith("356000000")) return [...value].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return luhnValid(value);
}
