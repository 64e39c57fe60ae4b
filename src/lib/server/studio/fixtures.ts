/** A short story written for these tests, in news style, laid out as a teacher would paste it. */
export const PASTED_STORY = `Harbour town votes to rebuild its sea wall before winter

Councillors in Westmere approved a £4 million plan on Tuesday after storms flooded 30 homes in October

WESTMERE, November 12 (Coastal Post) — The town council voted 9 to 2 on Tuesday to rebuild the sea wall along the harbour, a month after storms flooded 30 homes on the front.

"We cannot ask families to sandbag their doors every high tide," council leader Ana Ruiz told the meeting. Work is due to start in January and to end by the following October.

Two councillors voted against, saying the town should first ask the county for help with the cost. The county said later that it had received no request.
`;
