/**
 * Feature labels across the worker boundary. An article's clusterer features carry a map of
 * feature hash → readable label (hundreds of short strings) that only explanations read;
 * cloning it as a `Map` costs the receiving thread more than every other feature together.
 * A worker packs it into one `Float64Array` of keys and one joined string (a copy each way),
 * and the receiving thread gets a map that unpacks itself on first use.
 */

/** Separates the labels in {@link PackedLabels.text} (no label contains it). */
const SEP = '\u0000';

/** A label map as plain, cheaply cloned data. */
export interface PackedLabels {
  /** The keys, in the map's order. */
  keys: Float64Array;
  /** The labels, in the same order, joined by U+0000. */
  text: string;
}

/**
 * Packs a label map; null when a label contains the separator (then the map is sent as is).
 */
export function packLabels(labels: ReadonlyMap<number, string>): PackedLabels | null {
  const keys = new Float64Array(labels.size);
  const values: string[] = [];
  let i = 0;
  for (const [k, v] of labels) {
    if (v.includes(SEP)) return null;
    keys[i++] = k;
    values.push(v);
  }
  return { keys, text: values.join(SEP) };
}

/**
 * A `Map` of labels that fills itself from its packed form the first time it is read. It is a
 * real `Map` (the clusterer's types and `instanceof` checks hold); every reading method
 * unpacks first. Only a structured clone of a never-read instance would see it empty, so
 * {@link unpackLabels} is for data that stays in this thread.
 */
export class LazyLabels extends Map<number, string> {
  private packed: PackedLabels | null;

  constructor(packed: PackedLabels) {
    super();
    this.packed = packed;
  }

  /** Fills the map from the packed form, once. */
  private load(): void {
    const p = this.packed;
    if (p === null) return;
    this.packed = null;
    if (p.keys.length === 0) return;
    const values = p.text.split(SEP);
    for (let i = 0; i < p.keys.length; i++) super.set(p.keys[i], values[i]);
  }

  override get size(): number {
    return this.packed ? this.packed.keys.length : super.size;
  }

  override get(key: number): string | undefined {
    this.load();
    return super.get(key);
  }

  override has(key: number): boolean {
    this.load();
    return super.has(key);
  }

  override set(key: number, value: string): this {
    this.load();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.load();
    return super.delete(key);
  }

  override clear(): void {
    this.packed = null;
    super.clear();
  }

  override forEach(fn: (value: string, key: number, map: Map<number, string>) => void, thisArg?: unknown): void {
    this.load();
    super.forEach(fn, thisArg);
  }

  override keys(): MapIterator<number> {
    this.load();
    return super.keys();
  }

  override values(): MapIterator<string> {
    this.load();
    return super.values();
  }

  override entries(): MapIterator<[number, string]> {
    this.load();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, string]> {
    return this.entries();
  }
}

/** The label map of packed labels (see {@link LazyLabels}). */
export function unpackLabels(packed: PackedLabels): Map<number, string> {
  return new LazyLabels(packed);
}
