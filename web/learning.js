// Teaching the intent signals on this machine (issue 13): the user marks a churn, switching or
// expansion signal right or wrong; the core learns an intent model from those labels (in the
// worker), and the labels and the model stay in this browser's IndexedDB. No math here: the
// page only turns clicks into labels. The panel and buttons are in learning_view.js.
/** The intent each text signal type stands for, spelled as labels and models spell it. */
export const INTENT_OF = { churn_risk: "churn_risk", competitor: "competitor_switch", opportunity: "expansion" };

/** The key of one label: the signal and the cell of its evidence. */
export const labelKey = (signal, evidence) =>
  JSON.stringify([signal.id, evidence.source, evidence.row, evidence.field]);

/**
 * The label for a piece of evidence: its text holds the signal's intent ("right"), or does not
 * ("wrong"; the other intents are left unsaid).
 */
export function labelRecord(signal, evidence, verdict) {
  const intent = INTENT_OF[signal.type];
  const text = evidence.text || evidence.matched || "";
  const base = { text, verdict, type: signal.type, signal: signal.id };
  return verdict === "right"
    ? { ...base, labels: [intent] }
    : { ...base, labels: [], unlabelled: Object.values(INTENT_OF).filter((other) => other !== intent) };
}

/** The labels as `cxsignals train` reads them: JSON Lines, one text per line. */
export function labelsJsonl(labels) {
  return [...labels.values()]
    .map(({ text, labels: holds, unlabelled }) => JSON.stringify(unlabelled ? { text, labels: holds, unlabelled } : { text, labels: holds }))
    .join("\n") + "\n";
}
