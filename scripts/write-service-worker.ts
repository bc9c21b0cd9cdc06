// The last step of `npm run build`, after Pagefind: writes the service worker into the built site
// (src/offline/write-worker.ts) and says what it precached. `tsx scripts/write-service-worker.ts _site`
import { writeServiceWorker } from "../src/offline/write-worker.ts";

const outputDir = process.argv[2] ?? "_site";
const plan = await writeServiceWorker(outputDir);
console.log(
  `[offline] precached ${plan.entries.length} files, ${(plan.bytes / 1e6).toFixed(2)} MB` +
    (plan.leftOut.length ? `; cached when used instead: ${plan.leftOut.join(", ")}` : ""),
);
