export { applyHints, grade, type GradeContext } from './grade';
export { totalPoints } from './total';
export { aboveChance, chanceOf } from './chance';
export { MATCHING_CREDIT_EXPLAINED, ORDERING_CREDIT_EXPLAINED, SCORE_EXPLAINED } from './explain';
export { isOneToOne } from './matching';
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
