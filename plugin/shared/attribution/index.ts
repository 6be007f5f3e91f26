export { extract } from './extract/extract';
export { check } from './check/check';
export { rules } from './rules';
export { blocksToText } from './text/blocks';
export { namesMatch, normalizeName } from './extract/names';
export { sortFindings } from './check/sort';
export * from './types';
export { BODY_EXTRACT_OPTIONS, locateQuote } from './check/context';
export { MAX_CHECKED_CHARACTERS } from './text/input-cap';
