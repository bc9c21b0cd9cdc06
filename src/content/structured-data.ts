// schema.org JSON-LD objects for search engines. Pure: callers pass absolute URLs in.
import type { TermEntry } from "./content-model.ts";

export interface Crumb {
  name: string;
  url: string;
}

export const glossarySetId = (siteUrl: string): string => `${siteUrl}/glossary/#term-set`;

export function definedTermSet(siteUrl: string, siteTitle: string, terms: TermEntry[]): object {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTermSet",
    "@id": glossarySetId(siteUrl),
    name: `${siteTitle} glossary`,
    url: `${siteUrl}/glossary/`,
    hasDefinedTerm: terms.map((term) => ({ "@type": "DefinedTerm", name: term.title, url: `${siteUrl}${term.url}` })),
  };
}

export function definedTerm(siteUrl: string, siteTitle: string, term: TermEntry): object {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: term.title,
    description: term.summary,
    url: `${siteUrl}${term.url}`,
    ...(term.aliases.length ? { alternateName: term.aliases } : {}),
    termCode: term.slug,
    inDefinedTermSet: {
      "@type": "DefinedTermSet",
      "@id": glossarySetId(siteUrl),
      name: `${siteTitle} glossary`,
      url: `${siteUrl}/glossary/`,
    },
  };
}

export function breadcrumbList(siteUrl: string, crumbs: Crumb[]): object {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.url}`,
    })),
  };
}

/** JSON safe to place inside <script type="application/ld+json">: "<" can never close the tag. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
