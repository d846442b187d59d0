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
    for (const [j, item] of v.entries()) {
      yield `    ${indent(JSON.stringify(item === undefined ? null : item, null, 2) ?? 'null', '    ')}${j < v.length - 1 ? ',\n' : '\n'}`;
    }
    yield `  ]${tail}`;
  }
  yield '}\n';
}
