/**
 * `npm run eval -- <kind> <articles.jsonl> <gold>`: prints the figures of `../shared/EVALUATION.md`
 * for one kind of data. Each kind lives in `src/eval/<kind>.ts` and exports `main(args)`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const kinds = ['stories', 'times', 'attribution', 'claims', 'stance'];
const [kind, ...rest] = process.argv.slice(2);
const file = kind && kinds.includes(kind) ? new URL(`../src/eval/${kind}.ts`, import.meta.url) : null;
if (!file) {
  process.stderr.write(`usage: npm run eval -- <${kinds.join('|')}> <articles.jsonl> <gold>\n`);
  process.exit(2);
}
if (!existsSync(fileURLToPath(file))) {
  process.stderr.write(`eval: the "${kind}" evaluation is not implemented yet\n`);
  process.exit(2);
}
const mod = (await import(file.href)) as { main(args: string[]): Promise<void> };
await mod.main(rest);
