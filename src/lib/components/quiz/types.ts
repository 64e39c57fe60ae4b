import type { QuestionKind, Story } from '$lib/content/types';
import type { ResponseOf } from '$lib/grading/response';
import type { CheckResult, PublicQuestionOf } from '$lib/quiz/types';

/**
 * The props every answer control takes, the same for each kind of question. Controls are controlled:
 * they show `value` and report every change as a whole new response through `onchange`.
 */
export type ControlProps<K extends QuestionKind> = {
	question: PublicQuestionOf<K>;
	/** The learner's answer so far; `undefined` while the question is not answered yet. */
	value: ResponseOf<K> | undefined;
	/** Locks the control, e.g. while an answer is being checked. */
	disabled?: boolean;
	/** Once checked: shows what was right and wrong, part by part, and locks the control. */
	result?: CheckResult | null;
	onchange: (response: ResponseOf<K>) => void;
	/** The story; evidence questions list its sentences. */
	story?: Story;
};
