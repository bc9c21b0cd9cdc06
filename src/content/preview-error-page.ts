// The page `npm start` shows in the browser while the content has errors: every problem, grouped by
// file, with what to do. Pure: problems in, HTML out. Every editor-written string is escaped.
import type { ContentProblem } from "./content-model.ts";
import { count } from "./field-words.ts";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export function previewErrorPage(problems: ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const sections = [...byFile]
    .map(([file, list]) => {
      const items = list.map((p) => `<li>${escapeHtml(`${p.field ? `${p.field} ` : ""}${p.message}`)}</li>`).join("\n");
      return `<section>\n<h2><code>${escapeHtml(file)}</code></h2>\n<ul>\n${items}\n</ul>\n</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content to fix: ${escapeHtml(count(problems.length, "problem"))}</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<main class="page" id="main">
<header class="page-header">
<h1>The preview is waiting for ${escapeHtml(count(problems.length, "fix", "fixes"))}</h1>
<p class="lead">Nothing is broken for readers: this page appears only under <code>npm start</code>. Fix what is listed below and save the file; this page reloads by itself and shows the site again.</p>
</header>
${sections}
<p>The same list is in the terminal, and <code>npm run check:content</code> prints it at any time.</p>
</main>
</body>
</html>
`;
}
