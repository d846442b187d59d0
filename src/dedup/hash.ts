/**
 * Hashing primitives: xxHash (WebAssembly, needs one async initialisation) for content hashes
 * of whole texts, and small pure 32-bit mixers for tokens and shingles (short inputs, where a
 * call into WebAssembly costs more than the hash).
 */
import xxhash from 'xxhash-wasm';

/** The string hash the deduper needs (content hashes of whole texts). */
export interface Hasher {
  /** 64-bit xxHash of the UTF-8 bytes of `s` as a 16-digit hex string. */
  h64Hex(s: string): string;
}

let loading: Promise<Hasher> | null = null;

/** Loads the xxHash WebAssembly module once per process and returns the shared hasher. */
export function loadHasher(): Promise<Hasher> {
  if (!loading) {
    loading = xxhash().then((api) => ({ h64Hex: (s: string) => api.h64ToString(s) }));
  }
  return loading;
}

/** Murmur3's 32-bit finaliser: a fast bijective avalanche of a 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds `value` into the running hash `h` (order-sensitive), result unsigned 32-bit. */
export function combine32(h: number, value: number): number {
  h ^= Math.imul(value, 0xcc9e2d51);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}
