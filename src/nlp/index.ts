/** Shared text utilities: tokens with offsets, stopwords, stems, names, numbers, dates, event details. */
export { tokenize, normaliseWord, type Token, type TokenKind } from './tokenize.js';
export { STOPWORDS, isStopword } from './stopwords.js';
export { stem } from './stem.js';
export { findNames, type NameCandidate } from './names.js';
export { findNumbers, parseDigits, type NumberMention } from './numbers.js';
export { findDates, monthNumber, weekdayNumber, dayNumber, type DateMention } from './dates.js';
export { findDetails, type Detail, type DetailSlot } from './details.js';
