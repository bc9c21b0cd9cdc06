// Loaded into each benchmarked build (NODE_OPTIONS=--require) to report the process's peak memory.
process.on("exit", () => process.stderr.write(`\nBENCH_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`));
