/**
 * Pretty-printed JSON written in pieces. A 5k-article analysis is hundreds of megabytes of JSON:
 * one `JSON.stringify` of the whole document holds it all in one string and, past V8's string
 * limit (~512 MB), fails. {@link jsonChunks} yields the same text as
 * `JSON.stringify(value, null, 2)`, one element of each top-level array at a time.
 */

/** Re-indents a pretty-printed JSON fragment by `pad` (every line after the first). */
function indent(json: string, pad: string): string {
  return json.replace(/\n/g, `\n${pad}`);
}

/** What an array writes around its one element, two levels deep: `[\n  [\n` and `\n  ]\n]`. */
const NESTED_HEAD = 6;
const NESTED_TAIL = 6;

/**
 * An element of a top-level array as it stands in the pretty-printed document: indented by
 * four spaces, its own lines too. Cut out of the element stringified two arrays deep, which
 * indents it in the same pass (no second pass to re-indent a large string); `undefined`, a
 * function or a symbol give `null`, as in any array.
 */
function nestedElement(item: unknown): string {
  const json = JSON.stringify([[item]], null, 2);
  return json.slice(NESTED_HEAD, json.length - NESTED_TAIL);
}

/**
 * The chunks of `JSON.stringify(value, null, 2) + '\n'` for a plain object whose top-level
 * arrays are written element by element. Anything else is stringified whole.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, v]] of entries.entries()) {
    const tail = i < entries.length - 1 ? ',\n' : '\n';
    const head = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v) || v.length === 0) {
      yield `${head}${indent(JSON.stringify(v, null, 2), '  ')}${tail}`;
      continue;
    }
    yield `${head}[\n`;
    for (const [j, item] of v.entries()) yield `${nestedElement(item)}${j < v.length - 1 ? ',\n' : '\n'}`;
    yield `  ]${tail}`;
  }
  yield '}\n';
}
