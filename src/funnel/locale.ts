// The site's locale for every number, date, plural and list the pages write. site.json keeps it as Open Graph
// spells it, with an underscore; Intl wants a BCP 47 tag, with a hyphen. A named import, so a browser bundle
// carries this one string and not the rest of site.json.
import { locale } from "../../_data/site.json";

export const siteLocale: string = locale.replace("_", "-");

export const numberFormat = (options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  new Intl.NumberFormat(siteLocale, options);

export const dateFormat = (options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(siteLocale, options);

export const pluralRules = (options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  new Intl.PluralRules(siteLocale, options);

export const listFormat = (options?: Intl.ListFormatOptions): Intl.ListFormat =>
  new Intl.ListFormat(siteLocale, options);
