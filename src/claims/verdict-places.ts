/**
 * Places an act is said to have happened in, compared through the gazetteer: two different
 * known cities ("in Alexandria" / "in Naples") cannot both be where one act happened, while a
 * city and a country or region may hold each other ("in Athens" / "in Greece") and a place the
 * gazetteer does not know cannot be placed: those are never a disagreement. Pure.
 */
import { lookupGazetteer } from '../extract/entities/gazetteer.js';

/** The gazetteer id of a name when it is a known city, else null. */
export function cityOf(name: string): string | null {
  const hit = lookupGazetteer(name.replace(/^the\s+/i, ''));
  return hit && hit.kind === 'city' ? hit.id : null;
}

/** True when two place names can be where one act happened: unless both are known, different cities. */
export function placesMeet(x: string, y: string): boolean {
  const cx = cityOf(x);
  const cy = cityOf(y);
  return cx === null || cy === null || cx === cy;
}
