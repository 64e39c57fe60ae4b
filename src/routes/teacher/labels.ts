import type { AssignmentStatus, FeedbackRule, ReviewRule } from '$lib/server/assignments';

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
	scheduled: 'Scheduled',
	open: 'Open',
	closed: 'Closed'
};

export const FEEDBACK_LABELS: Record<FeedbackRule, string> = {
	each: 'After each answer',
	submit: 'After submitting',
	close: 'After the close date'
};

export const ATTEMPT_STATUS_LABELS = { 'in-progress': 'In progress', submitted: 'Submitted' } as const;

export const REVIEW_LABELS: Record<ReviewRule, string> = {
	attempt: 'When each attempt is submitted',
	last: 'When the student has used every attempt',
	close: 'Once the assignment has closed'
};
