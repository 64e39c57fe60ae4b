// The module page ships no app code; this alone says "Continue the quiz" when this device has a quiz of
// the module under way (the quiz keeps its progress under `sourced:quiz:<slug>`; progress saved on an
// earlier version of the module continues too, with what still fits its questions).
for (const link of document.querySelectorAll('a[data-quiz-slug]')) {
	try {
		const saved = JSON.parse(localStorage.getItem(`sourced:quiz:${link.dataset.quizSlug}`) ?? 'null');
		const value = saved?.snapshot?.value;
		if (value && typeof value === 'object' && 'quiz' in value) {
			link.textContent = 'Continue the quiz';
		}
	} catch {
		// No storage, or nothing readable in it: the link stays as it is.
	}
}
