/**
 * `npm run eval -- <kind> <articles.jsonl> <gold>`: prints the figures of `../shared/EVALUATION.md`
 * for one kind of data. Each kind lives in `src/eval/<kind>.ts` and exports `main(args)`.
 */
const kinds: Record<string, () => Promise<{ main(args: string[]): Promise<void> }>> = {
  stories: () => import('../src/eval/stories.js'),
  times: () => import('../src/eval/times.js'),
  attribution: () => import('../src/eval/attribution.js'),
  claims: () => import('../src/eval/claims.js'),
  stance: () => import('../src/eval/stance.js'),
};

const [kind, ...rest] = process.argv.slice(2);
const load = kind ? kinds[kind] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run eval -- <${Object.keys(kinds).join('|')}> <articles.jsonl> <gold>\n`);
  process.exit(2);
}
const mod = await load();
await mod.main(rest);
