// Eleventy and its RSS plugin ship no TypeScript types; these cover what this project calls.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: string;
        /** Runs with the same config object plugins get, after the config file. */
        config?: (eleventyConfig: { once(event: string, listener: (...args: never[]) => void): void }) => void;
      },
    );
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: unknown;
  export default rssPlugin;
  export function dateToRfc3339(date: Date): string;
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: object): Promise<string>;
}
