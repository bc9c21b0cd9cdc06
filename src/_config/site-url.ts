import site from "../../_data/site.json" with { type: "json" };

/** The absolute site URL without a trailing slash. Deploys set SITE_URL; everything else uses site.json. */
export const siteUrl = (process.env.SITE_URL || site.url).replace(/\/+$/, "");
