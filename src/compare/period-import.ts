// Periods pasted from a spreadsheet (tab- or comma-separated) or read from a CSV file: a name,
// then one count per stage, then optionally the first and last day it covers, with or without a
// header row. A name such as "October 2026" (or "October": the latest October that is over) gives
// the dates by itself. Parsed with Papa Parse into a preview
// that names every problem by row and column; nothing is saved until the coach confirms. Pure.
import Papa from "papaparse";
import { parseCount } from "../funnel/funnel-input.ts";
import { shorten, stripControls } from "../funnel/text.ts";
import { coverageProblem, coverageText, monthCoverage, monthFromName, type Coverage } from "../funnel/period-dates.ts";
import { defaultTargets, maxPeriodName, stageNames, type SavedPeriod } from "../funnel/period-model.ts";

export interface PreviewRow {
  /** The row's number as the coach sees it in their sheet (a header row is row 1). */
  row: number;
  name: string;
  /** The dates it covers, from its date columns or its name; null until they are known. */
  coverage: Coverage | null;
  /** "October 2026", or "" without dates. */
  coverageText: string;
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

const clean = (value: string) => stripControls(value).replace(/[<>]/g, "").trim();

/** A first row whose count cells are all words (such as stage names) is a header, not a period. */
function looksLikeHeader(cells: string[]): boolean {
  const countCells = cells.slice(1, stageNames.length + 1);
  return countCells.length > 0 && countCells.every((cell) => !/\d/.test(cell));
}

/** A month named without a year ("October") is the latest one that is over by `now`. */
function monthWithoutYear(name: string, now: Date): Coverage | null {
  const month = monthFromName(`${name} ${now.getFullYear()}`);
  if (!month) return null;
  const thisMonth = monthCoverage(now.getFullYear(), now.getMonth() + 1);
  return month.from >= thisMonth.from ? monthFromName(`${name} ${now.getFullYear() - 1}`) : month;
}

export function previewImport(text: string, now: Date = new Date()): ImportPreview {
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
  const withDates = expected + 2;
  const rows = body.map((line, index): PreviewRow => {
    const row = index + (hasHeader ? 2 : 1);
    const cells = line.map((cell) => clean(String(cell)));
    const problems: string[] = [];
    const name = (cells[0] ?? "").slice(0, maxPeriodName);
    if (!name) problems.push(`row ${row}, name: is empty; give the period a name such as October 2026`);
    const fits = cells.length === expected || cells.length === withDates;
    if (!fits) {
      problems.push(
        `row ${row}: has ${cells.length} ${cells.length === 1 ? "column" : "columns"}, but needs ${expected}: a name, then ${stageNames.join(", ")} (and, if you like, the first and last day it covers)`,
      );
    }
    const coverage = fits && name ? rowCoverage(cells, name, row, problems, now) : null;
    const counts = stageNames.map((stage, i) => {
      if (!fits) return null;
      const raw = cells[i + 1] ?? "";
      const result = parseCount(raw, stage);
      if (result.ok) return result.value;
      problems.push(
        `row ${row}, ${stage}: ${(problemWords[result.problem] ?? problemWords["not-a-number"]!)(shorten(raw, 24))}`,
      );
      return null;
    });
    return {
      row,
      name,
      coverage,
      coverageText: coverage ? coverageText(coverage) : "",
      counts,
      cells,
      problems,
      valid: problems.length === 0,
    };
  });
  return { hasHeader, rows, validCount: rows.filter((r) => r.valid).length, message: "" };
}

/** A row's dates: its two date columns, else its name; a problem when neither gives them. */
function rowCoverage(cells: string[], name: string, row: number, problems: string[], now: Date): Coverage | null {
  const dates = cells.slice(stageNames.length + 1);
  if (dates.length === 2) {
    const [from = "", to = ""] = dates;
    const problem = coverageProblem(from, to);
    if (!problem) return { from, to };
    problems.push(`row ${row}, dates: ${problem.replace(/^./, (c) => c.toLowerCase())} Write days as 2026-10-31`);
    return null;
  }
  const coverage = monthFromName(name) ?? monthWithoutYear(name, now);
  if (!coverage)
    problems.push(
      `row ${row}, dates: “${shorten(name, 24)}” does not name a month; call it October 2026, ` +
        "or add its first and last day after the counts",
    );
  return coverage;
}

/** The valid rows as new periods, in the order they were pasted (each a millisecond later). */
export function periodsFromPreview(preview: ImportPreview, now: Date, newId: () => string): SavedPeriod[] {
  return preview.rows
    .filter((row) => row.valid)
    .map((row, i) => ({
      id: newId(),
      name: row.name,
      from: row.coverage?.from ?? "",
      to: row.coverage?.to ?? "",
      savedAt: new Date(now.getTime() + i).toISOString(),
      note: "",
      counts: row.counts.map((count) => count ?? 0),
      labels: stageNames.map(() => ""),
      targets: [...defaultTargets],
      prices: { decision: null, retention: null, currency: "GBP" as const },
    }));
}
