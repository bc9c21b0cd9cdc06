/** The first letter of a name as lower-case a–z, accents folded ("Éclair" → "e"), or undefined for digits and symbols. */
export function firstLetter(name: string): string | undefined {
  const first = name
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .charAt(0)
    .toLowerCase();
  return /^[a-z]$/.test(first) ? first : undefined;
}
