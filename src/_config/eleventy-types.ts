// The few parts of Eleventy's config API our plugins use. Eleventy ships no types of its own.
export interface EleventyEventArgs {
  directories: { input: string; output: string; includes: string; data: string };
  runMode: "build" | "watch" | "serve";
  outputMode: string;
  /** eleventy.after only: every file the build wrote, with its URL (false for pages without one). */
  results?: { url: string | false; outputPath: string | false }[];
}

export interface CollectionItem {
  url: string;
  fileSlug: string;
  inputPath: string;
  date: Date;
  data: Record<string, unknown>;
  content: string;
}

export interface CollectionApi {
  getAll(): CollectionItem[];
}

export interface EleventyConfig {
  directories: { input: string; output: string };
  on(event: "eleventy.before" | "eleventy.after", handler: (args: EleventyEventArgs) => unknown): void;
  /** Every page's address and source, once permalinks are known and before anything is written. */
  on(
    event: "eleventy.contentMap",
    handler: (map: { urlToInputPath: Record<string, { inputPath: string }> }) => unknown,
  ): void;
  /** Emitted under `npm start` just before the config is run again (see src/_config/plugins.ts). */
  on(event: "eleventy.reset", handler: () => unknown): void;
  /** Our own events; Eleventy passes them to listeners registered with `on` for the same name. */
  emit(event: string, ...args: unknown[]): unknown;
  addGlobalData(name: string, value: unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addAsyncFilter(name: string, filter: (...args: never[]) => Promise<unknown>): void;
  addCollection(name: string, build: (api: CollectionApi) => unknown): void;
  addPreprocessor(
    name: string,
    extensions: string,
    fn: (data: Record<string, unknown>, content: string) => unknown,
  ): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  amendLibrary(name: "md", amend: (library: never) => void): void;
  setServerOptions(options: Record<string, unknown>): void;
  setFrontMatterParsingOptions(options: { engines?: Record<string, unknown> }): void;
}

/** Eleventy sets this before config runs: "build" for `eleventy`, "serve"/"watch" for `npm start`. */
export const isProductionBuild = (): boolean => (process.env.ELEVENTY_RUN_MODE ?? "build") === "build";
