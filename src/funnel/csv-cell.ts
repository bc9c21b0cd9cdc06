// One spreadsheet cell, for every CSV the site writes. Pure.

/** Starts a CSV so Excel reads it as UTF-8 (stage names with accents or emoji survive). */
export const utf8Bom = "\uFEFF";

/** Quotes a cell, and defuses text a spreadsheet would run as a formula (=, +, -, @). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a whole CSV file: the byte-order mark, CRLF line ends and a final line end. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return `${utf8Bom}${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
