// The states the user gives signals (new, acknowledged, in_progress, done, not_a_signal, with a
// note and an owner), kept in this browser's IndexedDB, keyed by signal id. Stub: the store
// follows in the next commits.
export const STATES = ["new", "acknowledged", "in_progress", "done", "not_a_signal"];
