// Search over terms and guides with Pagefind's JavaScript API. The index is fetched on first
// use; results are shown with x-text, so nothing from the index is ever parsed as HTML.
import { focusAfterRender } from "../assets/js/focus-after-render.ts";
import { startAlpine } from "../assets/js/start-alpine.ts";
import { nameShard, pinExactMatch, type SearchResult, type TermName } from "./exact-match.ts";
import { lookUpName } from "./forgiving-query.ts";
import { appendPage, emptyQueryStatus, pageSize, searchStatus, shownOf } from "./search-status.ts";
import type { AlpineMagics } from "../assets/js/alpine-magics.ts";

interface PagefindResultData {
  url: string;
  meta: { title?: string; excerpt?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const pagefindUrl = "/pagefind/pagefind.js";
const namesFolder = "/search/names/";
let pagefindPromise: Promise<Pagefind> | undefined;
const nameShards = new Map<string, Promise<TermName[]>>();

/** Term titles and aliases starting like the query, fetched once per letter. An exact name goes first. */
function loadNames(query: string): Promise<TermName[]> {
  const key = nameShard(query);
  let shard = nameShards.get(key);
  if (!shard) {
    shard = fetch(`${namesFolder}${key}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<TermName[]>) : []))
      .catch(() => []);
    nameShards.set(key, shard);
  }
  return shard;
}

/** Loads Pagefind once. The URL is a variable so esbuild leaves this import to the browser. */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pagefind) => {
    // A fixed tag: without one Pagefind asks for pagefind-entry.json?ts=<now>, a new address every time,
    // which no cache (the service worker's included) can answer offline.
    await pagefind.options({ excerptLength: 30, metaCacheTag: "atlas" });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

type Magics = AlpineMagics<{ results: HTMLOListElement }>;

/** Pagefind's matches for the latest search, and how many of them have been loaded (its paging). */
let matches: PagefindResult[] = [];
let examined = 0;

/** Loads the next page of Pagefind's matches as results. */
async function nextPage(): Promise<SearchResult[]> {
  const page = matches.slice(examined, examined + pageSize);
  examined += page.length;
  const data = await Promise.all(page.map(async (result) => ({ id: result.id, d: await result.data() })));
  return data.map(({ id, d }) => ({
    id,
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.meta.excerpt ?? "",
    kind: d.filters.type?.[0] ?? "",
  }));
}

interface SiteSearch {
  query: string;
  type: string;
  stage: string;
  results: SearchResult[];
  total: number;
  more: boolean;
  loadingMore: boolean;
  status: string;
  /** The term a mistyped query resembles ("refferal": Referral), offered above the results. */
  suggestionTitle: string;
  suggestionUrl: string;
  searchId: number;
  init(): void;
  onQuery(): void;
  onFilter(): void;
  onSubmit(): void;
  run(): Promise<void>;
  hasResults(): boolean;
  hasMore(): boolean;
  showMore(): Promise<void>;
  shownNote(): string;
  showHelp(): boolean;
  hasSuggestion(): boolean;
}

function siteSearch(): SiteSearch & ThisType<SiteSearch & Magics> {
  return {
    query: "",
    type: "",
    stage: "",
    results: [],
    total: 0,
    more: false,
    loadingMore: false,
    status: emptyQueryStatus,
    suggestionTitle: "",
    suggestionUrl: "",
    searchId: 0,

    init() {
      const params = new URLSearchParams(window.location.search);
      this.query = (params.get("q") ?? "").slice(0, 200);
      this.type = params.get("type") ?? "";
      this.stage = params.get("stage") ?? "";
      // The stage menu is written at build time from stages.json, so Pagefind's filter index is not
      // fetched here: a reader pays for it only when a search needs it.
      void loadPagefind().catch(() => {
        this.status = "Search could not load. Browse the glossary A–Z instead.";
      });
      if (this.query) void this.run();
    },

    onQuery() {
      this.query = (this.$event.target as HTMLInputElement).value.slice(0, 200);
      void this.run();
    },

    onFilter() {
      const select = this.$event.target as HTMLSelectElement;
      if (select.name === "type") this.type = select.value;
      else this.stage = select.value;
      void this.run();
    },

    onSubmit() {
      this.$event.preventDefault();
      void this.run();
    },

    async run() {
      const id = ++this.searchId; // only the latest search may update the page
      const query = this.query.trim();
      const params = new URLSearchParams();
      if (query) params.set("q", query);
      if (this.type) params.set("type", this.type);
      if (this.stage) params.set("stage", this.stage);
      window.history.replaceState(null, "", params.size ? `?${params}` : window.location.pathname);
      this.suggestionTitle = "";
      this.suggestionUrl = "";
      if (!query) {
        this.results = [];
        this.total = 0;
        this.more = false;
        this.status = emptyQueryStatus;
        return;
      }
      this.status = "Searching…";
      try {
        const [pagefind, names] = await Promise.all([loadPagefind(), loadNames(query)]);
        const filters: Record<string, string> = {};
        if (this.type) filters.type = this.type;
        if (this.stage) filters.stage = this.stage;
        const { named, resembles } = lookUpName(query, names);
        // "no show" searches as the term spells it ("no-show"), so both spellings find the same pages.
        const search = await pagefind.search(named?.name ?? query, { filters });
        if (id !== this.searchId) return;
        matches = search?.results ?? [];
        examined = 0;
        const ranked = await nextPage();
        if (id !== this.searchId) return;
        // Term names know no stages, so a stage-filtered search keeps Pagefind's order.
        const { results, total } = this.stage
          ? { results: ranked, total: matches.length }
          : pinExactMatch(ranked, matches.length, (named ?? resembles)?.name ?? query, names, this.type);
        this.results = results;
        this.suggestionTitle = resembles?.title ?? "";
        this.suggestionUrl = resembles?.url ?? "";
        this.total = total;
        this.more = examined < matches.length;
        this.status = searchStatus({ query, total, type: this.type, stage: this.stage });
      } catch {
        if (id === this.searchId) this.status = "Search could not load. Browse the glossary A–Z instead.";
      }
    },

    async showMore() {
      if (this.loadingMore) return;
      const id = this.searchId;
      const before = this.results.length;
      this.loadingMore = true;
      try {
        const page = await nextPage();
        if (id !== this.searchId) return;
        this.results = appendPage(this.results, page);
        this.more = examined < matches.length;
        // Keyboard and screen-reader users land on the first new result, not back at the top.
        focusAfterRender(() => this.$refs.results.querySelectorAll<HTMLAnchorElement>("li > a")[before]);
      } catch {
        this.status = "More results could not load. Try the search again.";
      } finally {
        this.loadingMore = false;
      }
    },

    hasMore() {
      return this.more;
    },

    shownNote() {
      return shownOf(this.results.length, this.total);
    },

    showHelp() {
      return this.status !== "Searching…" && this.results.length === 0;
    },

    hasSuggestion() {
      return this.suggestionUrl !== "";
    },

    hasResults() {
      return this.results.length > 0;
    },
  };
}

startAlpine((Alpine) => Alpine.data("siteSearch", siteSearch));
