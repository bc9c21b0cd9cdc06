// Markdown is Markdown: raw HTML, event handlers and javascript:/data: addresses are refused by the
// content checks, in any spelling, and the renderer would not pass them on even if they got through.
import MarkdownIt from "markdown-it";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import {
  buildContentModel,
  defaultWordLimits,
  formatProblem,
  type SourceFile,
} from "../../src/content/content-model.ts";
import { isSafeLinkTarget, linkScheme, rawHtmlFindings } from "../../src/content/raw-html.ts";
import { httpUrl } from "../../src/content/url-field.ts";
import { hardenMarkdown, type MarkdownIt as HardenableMarkdown } from "../../src/_config/markdown.ts";
import { fixtureTerms } from "../helpers/fixtures.ts";

const options = { includeDrafts: false, knownSeries: [], otherPages: [], wordLimits: defaultWordLimits };
const valid = fixtureTerms("valid");
const errorsOf = (file: SourceFile) =>
  buildContentModel([...valid, file], options)
    .problems.filter((p) => p.severity === "error" && !p.message.startsWith("no other entry links here yet"))
    .map(formatProblem);

const removeIt = "remove it: a page cannot run code, load anything or send readers elsewhere from its text";
const linkRule =
  "may only go to an address starting with https:// or http://, or to a page of this site such as /glossary/value-ladder/";

const hostile: [string, string][] = [
  ["html-script.md", `the body has HTML on line 9 (<script>alert("hi")</script>): ${removeIt}`],
  ["html-style.md", `the body has HTML on line 9 (<style>body { display: none }</style>): ${removeIt}`],
  [
    "html-meta-refresh.md",
    `the body has HTML on line 9 (<meta http-equiv="refresh" content="0; url=https://elsewhere…): ${removeIt}`,
  ],
  ["html-iframe.md", `the body has HTML on line 9 (<iframe src="https://elsewhere.example/"></iframe>): ${removeIt}`],
  ["html-object.md", `the body has HTML on line 9 (<object data="/movie.swf">): ${removeIt}`],
  [
    "html-form.md",
    `the body has HTML on line 9 (<form action="https://elsewhere.example/"><input name="email…): ${removeIt}`,
  ],
  ["html-uppercase.md", `the body has HTML on line 9 (<SCRIPT>alert(1)</SCRIPT>): ${removeIt}`],
  [
    "html-event-handler.md",
    'the body has HTML on line 9 (<abbr title="call to action" onmouseover="alert(1)">): <abbr> may carry only a title, written title="…" in lowercase, and nothing else; remove the other attributes',
  ],
  [
    "html-unquoted.md",
    "the body has HTML on line 9 (<img src=x onerror=alert(1)>): write a Markdown image instead: ![what it shows](/assets/picture.png)",
  ],
  [
    "link-javascript.md",
    `the body has a link on line 9 to "javascript:alert(1)", which starts with "javascript:": a link ${linkRule}`,
  ],
  [
    "link-mixed-case.md",
    `the body has a link on line 9 to "JaVaScRiPt:alert(1)", which starts with "javascript:": a link ${linkRule}`,
  ],
  [
    "link-entity-encoded.md",
    `the body has a link on line 9 to "javascript:alert(1)", which starts with "javascript:": a link ${linkRule}`,
  ],
  [
    "link-whitespace.md",
    `the body has a link on line 9 to "java%09script:alert(1)", which starts with "javascript:": a link ${linkRule}`,
  ],
  [
    "link-reference.md",
    `the body has a link on line 9 to "javascript:alert(1)", which starts with "javascript:": a link ${linkRule}`,
  ],
  [
    "image-data.md",
    `the body has an image on line 9 to "data:image/png;base64,iVBORw0KGgo=", which starts with "data:": an image ${linkRule}`,
  ],
  [
    "source-url-javascript.md",
    'the web address (url) of the first source "javascript:alert(1)" starts with "javascript:": a web address here must start with https:// (or http://), such as https://example.org/study',
  ],
  [
    "source-url-data.md",
    'the web address (url) of the first source "data:text/html,<script>alert(1)</script>" starts with "data:": a web address here must start with https:// (or http://), such as https://example.org/study',
  ],
];

describe("the content checks refuse raw HTML and unsafe addresses, naming the file, the line and what to write", () => {
  it.each(hostile)("%s", (name, message) => {
    const [file] = fixtureTerms("bad", [name]);
    expect(errorsOf(file!)).toEqual([`src/glossary/${name}: ${message}`]);
  });

  it("allow abbr, kbd, sub and sup with at most a title", () => {
    const [file] = fixtureTerms("allowed-html");
    expect(errorsOf(file!)).toEqual([]);
  });

  it("ignore HTML shown as code, in backticks or a fenced block", () => {
    expect(rawHtmlFindings("Write `<script>` in backticks.\n\n```\n<script>alert(1)</script>\n```\n")).toEqual([]);
  });

  it("count lines from the top of the file, through soft line breaks", () => {
    expect(rawHtmlFindings("One line\nand a second <b>bold</b> one.", 12).map((f) => f.line)).toEqual([13]);
  });
});

describe("the renderer, as a second line of defence, passes none of it to a page", () => {
  const hardened = new MarkdownIt({ html: true });
  hardenMarkdown(hardened as unknown as HardenableMarkdown);
  const bodies = fixtureTerms(
    "bad",
    hostile.map(([name]) => name),
  ).map((file) => ({ name: file.path, body: file.body }));

  /** Every element, attribute or address in `html` that could run code or leave the page. */
  function dangers(html: string): string[] {
    const found: string[] = [];
    for (const element of parse(html).querySelectorAll("*")) {
      const tag = element.tagName.toLowerCase();
      if (["script", "style", "meta", "iframe", "object", "embed", "form", "input", "link", "base"].includes(tag))
        found.push(`<${tag}>`);
      for (const [name, value] of Object.entries(element.attributes)) {
        if (/^on/i.test(name)) found.push(`${tag} ${name}`);
        if (["href", "src", "action", "data"].includes(name.toLowerCase()) && !isSafeLinkTarget(value))
          found.push(`${tag} ${name}=${value}`);
      }
    }
    return found;
  }

  it("shows the hostile fixtures as harmless text", () => {
    for (const { name, body } of bodies) expect(dangers(hardened.render(body)), name).toEqual([]);
  });

  it("where markdown-it as Eleventy configures it by default would not (so the check above has teeth)", () => {
    const plain = new MarkdownIt({ html: true });
    const leaks = bodies.filter(({ body }) => dangers(plain.render(body)).length > 0).map(({ name }) => name);
    expect(leaks).toEqual(
      expect.arrayContaining([
        "src/glossary/html-script.md",
        "src/glossary/html-meta-refresh.md",
        "src/glossary/html-event-handler.md",
        "src/glossary/html-unquoted.md",
        "src/glossary/image-data.md",
      ]),
    );
  });

  it("keeps the allowed inline tags", () => {
    const [file] = fixtureTerms("allowed-html");
    expect(hardened.render(file!.body)).toContain(
      '<abbr title="call to action">CTA</abbr> button, the <kbd>Tab</kbd> key, H<sub>2</sub>O and 10<sup>3</sup>',
    );
  });
});

describe("addresses", () => {
  it("read the scheme as a browser would: any case, split by tabs or newlines, percent-encoded", () => {
    expect(
      ["JAVASCRIPT:x", " javascript:x", "java\tscript:x", "java%0Ascript:x", "\u0001javascript:x"].map(linkScheme),
    ).toEqual(Array(5).fill("javascript"));
    expect(
      ["/glossary/a/", "#top", "page/", "https://example.org", "mailto:a@example.org"].map(isSafeLinkTarget),
    ).toEqual(Array(5).fill(true));
    expect(["data:text/html,x", "vbscript:x", "file:///etc/passwd"].map(isSafeLinkTarget)).toEqual(
      Array(3).fill(false),
    );
  });

  it("in front matter must be http: or https: web addresses (httpUrl)", () => {
    const passes = (value: unknown) => httpUrl.safeParse(value).success;
    expect(["https://example.org/study", "http://example.org", "  https://example.org/a?b=c  "].map(passes)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " java\tscript:alert(1)",
        "data:text/html,x",
        "mailto:a@example.org",
        "/glossary/a/",
        "example.org",
        "https://",
        42,
        undefined,
      ].map(passes),
    ).toEqual(Array(10).fill(false));
    expect(httpUrl.safeParse("https://example.org/a ").data).toBe("https://example.org/a");
  });
});

describe("the check under npm start", () => {
  it("gives a body checked before the same findings, and counts lines from where that file's body starts", () => {
    const body = "Intro.\n\n<script>alert(1)</script>\n";
    const first = rawHtmlFindings(body, 5);
    expect(first.map((finding) => finding.line)).toEqual([7]);
    expect(rawHtmlFindings(body, 5)).toEqual(first);
    // The same text in a file whose body starts lower: its own line, not the remembered one.
    expect(rawHtmlFindings(body, 9).map((finding) => finding.line)).toEqual([11]);
    expect(rawHtmlFindings("Intro.\n", 5)).toEqual([]);
  });
});
