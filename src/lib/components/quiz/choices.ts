// The three controls built on ChoiceGroup, small enough that one chunk for them all costs less than a
// request and a gzip stream each.
export { default as SingleChoice } from './SingleChoice.svelte';
export { default as MultipleSelect } from './MultipleSelect.svelte';
export { default as TrueFalse } from './TrueFalse.svelte';
