export { applyHints, grade, type GradeContext } from './grade';
export {
	matchesNumericAnswer,
	matchesValue,
	NUMERIC_TEXT_MAX,
	parseIsoDate,
	parseNumberAnswer,
	sameDay,
	weekdayFits,
	type DateValue,
	type NumberParse,
	type NumberValue,
	type ParseNumberOptions
} from './numbers';
export { pairConcordance } from './ordering';
export { KIND_MISMATCH, readResponse, type ResponseOf, type ResponseRead } from './response';
export { HINT_COST, type Grade, type GradeResult, type Response } from './types';
