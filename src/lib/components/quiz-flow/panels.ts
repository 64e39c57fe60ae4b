// The panels a round shows after its questions. A round needs all three, so they come as one chunk
// (one request, one gzip stream) rather than one each.
export { default as FeedbackPanel } from './FeedbackPanel.svelte';
export { default as ReviewPanel } from './ReviewPanel.svelte';
export { default as SummaryPanel } from './SummaryPanel.svelte';
