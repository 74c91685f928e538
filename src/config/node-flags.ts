/**
 * V8 flags of the bot's long-running processes: `npm start` and each shard of
 * `npm run start:sharded` (package.json and src/sharded.ts both pass them; a test holds them to
 * this list).
 *
 * Why `--optimize-for-size`: each answer allocates about 110 KB in discord.js, its REST client and
 * undici, most of it garbage within milliseconds, but some of it outlives a scavenge while the
 * reply is in flight and is promoted. With V8's default heap growth no full collection ran in
 * 5,000 asks and the process grew from about 112 MB to 200 MB before levelling off; with this flag
 * it stays within about 20 MB of ready (bench/RESULTS.md, "Processes"). The cost is speed where
 * nobody waits on it: a reload of 10,000 entries in the loading worker takes about 40% longer
 * (3.5 s → 5 s, off the answering thread), and matching is about 30% slower, which at 0.4 ms a
 * question at 10,000 entries is lost in Discord's round trip. Finer flags (a smaller young
 * generation, slower heap growth) kept less of the memory for the same cost. The command-line
 * tools keep the defaults: `ask --batch` is about 30% slower with it.
 */
export const BOT_NODE_FLAGS: readonly string[] = ['--optimize-for-size'];
