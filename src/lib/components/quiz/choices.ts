// The four controls built on ChoiceGroup, small enough that one chunk for them all (with ChoiceGroup
// itself) costs less than a request and a gzip stream each.
export { default as SingleChoice } from './SingleChoice.svelte';
export { default as MultipleSelect } from './MultipleSelect.svelte';
export { default as TrueFalse } from './TrueFalse.svelte';
export { default as EvidencePicker } from './EvidencePicker.svelte';
