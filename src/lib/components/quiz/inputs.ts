// The controls where the learner builds an answer (an order, pairs, a number) rather than picking among
// choices; all three show their verdict with VerdictNote. One chunk for them costs less than a request
// and a gzip stream each.
export { default as Ordering } from './Ordering.svelte';
export { default as Matching } from './Matching.svelte';
export { default as NumericInput } from './NumericInput.svelte';
