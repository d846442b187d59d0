/**
 * The `check --pairs` contract of `../shared/EVALUATION.md`: JSON lines of `{id, claim, text}`
 * in, one `{id, verdict, scores, evidence}` per pair out. Bad lines become {@link Message}s
 * (the other lines are still checked), never exceptions.
 */
import type { Message } from '../types.js';
import { checkClaim, type CheckOptions, type CheckResult, type Verdict } from './index.js';

/** One output line of `check --pairs`. */
export interface PairVerdict {
  id: string;
  verdict: Verdict;
  scores: CheckResult['scores'];
  evidence: CheckResult['evidence'];
}

/** The verdicts of every valid line and the problems of the others. */
export interface PairsResult {
  verdicts: PairVerdict[];
  messages: Message[];
}

const SOURCE = 'check:pairs';

/**
 * Checks every `{id, claim, text}` line of a JSON-lines string. `file` names the input in
 * messages (`<file>:<line>`). A line that is not JSON, lacks a string `claim` or `text`, or
 * repeats an id is reported and skipped; blank lines are ignored.
 */
export function checkPairs(input: string, file: string, opts: CheckOptions = {}): PairsResult {
  const verdicts: PairVerdict[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  const lines = input.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    const fail = (ruleId: string, reason: string): void => void messages.push({ reason, file: where, ruleId, source: SOURCE, fatal: true });
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      fail('invalid-json', `invalid JSON on line ${i + 1}: ${(e as Error).message}`);
      return;
    }
    if (typeof row !== 'object' || row === null) return fail('invalid-pair', `line ${i + 1} is not a JSON object`);
    const { id, claim, text } = row as Record<string, unknown>;
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : `${file}:${i + 1}`;
    if (typeof claim !== 'string' || typeof text !== 'string') return fail('invalid-pair', `line ${i + 1} needs string "claim" and "text" fields`);
    if (seen.has(key)) return fail('duplicate-id', `id "${key}" repeated on line ${i + 1}; the later line is skipped`);
    seen.add(key);
    const r = checkClaim(claim, text, opts);
    verdicts.push({ id: key, verdict: r.verdict, scores: r.scores, evidence: r.evidence });
  });
  return { verdicts, messages };
}
