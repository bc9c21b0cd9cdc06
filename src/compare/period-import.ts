// Periods pasted from a spreadsheet (tab- or comma-separated) or read from a CSV file: a name,
// then one count per stage, with or without a header row. Parsed with Papa Parse into a preview
// that names every problem by row and column; nothing is saved until the coach confirms. Pure.
import Papa from "papaparse";
import { parseCount } from "../funnel/funnel-input.ts";
import { defaultTargets, maxPeriodName, stageNames, type SavedPeriod } from "../funnel/period-model.ts";

export interface PreviewRow {
  /** The row's number as the coach sees it in their sheet (a header row is row 1). */
  row: number;
  name: string;
  /** One per stage; null where the cell has a problem. */
  counts: (number | null)[];
  cells: string[];
  problems: string[];
  valid: boolean;
}

export interface ImportPreview {
  hasHeader: boolean;
  rows: PreviewRow[];
  validCount: number;
  /** A problem with the text as a whole (nothing to read, too many rows). */
  message: string;
}

export const maxImportRows = 1000;

const problemWords: Record<string, (raw: string) => string> = {
  empty: () => "is empty; write 0 if nobody reached it",
  "not-a-number": (raw) => `'${raw}' is not a whole number`,
  fraction: (raw) => `'${raw}' is not a whole number`,
  negative: (raw) => `'${raw}' is below zero`,
  "too-large": (raw) => `'${raw}' is more than a billion`,
};

const shorten = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 23)}…` : raw);
const clean = (value: string) => value.replace(/[\u0000-\u001f\u007f<>]/g, "").trim();

/** A first row whose count cells are all words (such as stage names) is a header, not a period. */
function looksLikeHeader(cells: string[]): boolean {
  const countCells = cells.slice(1, stageNames.length + 1);
  return countCells.length > 0 && countCells.every((cell) => !/\d/.test(cell));
}

export function previewImport(text: string): ImportPreview {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    delimitersToGuess: ["\t", ",", ";"],
  });
  const lines = parsed.data.filter((line) => Array.isArray(line));
  if (lines.length === 0)
    return {
      hasHeader: false,
      rows: [],
      validCount: 0,
      message: "There is nothing to import yet: paste rows with a period name and one count per stage.",
    };
  const hasHeader = looksLikeHeader(lines[0]!.map(clean));
  const body = hasHeader ? lines.slice(1) : lines;
  if (body.length > maxImportRows)
    return {
      hasHeader,
      rows: [],
      validCount: 0,
      message: `That is ${body.length} rows; import at most ${maxImportRows} at a time.`,
    };
  const expected = stageNames.length + 1;
  const rows = body.map((line, index): PreviewRow => {
    const row = index + (hasHeader ? 2 : 1);
    const cells = line.map((cell) => clean(String(cell)));
    const problems: string[] = [];
    const name = (cells[0] ?? "").slice(0, maxPeriodName);
    if (!name) problems.push(`row ${row}, name: is empty; give the period a name such as October 2026`);
    if (cells.length !== expected) {
      problems.push(
        `row ${row}: has ${cells.length} ${cells.length === 1 ? "column" : "columns"}, but needs ${expected}: a name, then ${stageNames.join(", ")}`,
      );
    }
    const counts = stageNames.map((stage, i) => {
      if (cells.length !== expected) return null;
      const raw = cells[i + 1] ?? "";
      const result = parseCount(raw, stage);
      if (result.ok) return result.value;
      problems.push(
        `row ${row}, ${stage}: ${(problemWords[result.problem] ?? problemWords["not-a-number"]!)(shorten(raw))}`,
      );
      return null;
    });
    return { row, name, counts, cells, problems, valid: problems.length === 0 };
  });
  return { hasHeader, rows, validCount: rows.filter((r) => r.valid).length, message: "" };
}

/** The valid rows as new periods, in the order they were pasted (each a millisecond later). */
export function periodsFromPreview(preview: ImportPreview, now: Date, newId: () => string): SavedPeriod[] {
  return preview.rows
    .filter((row) => row.valid)
    .map((row, i) => ({
      id: newId(),
      name: row.name,
      savedAt: new Date(now.getTime() + i).toISOString(),
      note: "",
      counts: row.counts.map((count) => count ?? 0),
      labels: stageNames.map(() => ""),
      targets: [...defaultTargets],
      prices: { decision: null, retention: null, currency: "GBP" as const },
    }));
}
