// Closing the loop on signals: the state the user gives each one (new, acknowledged,
// in_progress, done, not_a_signal), with a note and an owner, kept in this browser's IndexedDB
// (its own database, beside store.js's) and keyed by the signal id. The core forms that id from
// the signal's type, customer, segment, cause and first piece of evidence (file index and row),
// so the same files, given in the same order with the same as-of date, give the same ids and a
// re-analysis finds its states again. Each record also keeps `key` (inbox_model.js signalKey:
// the same facts with the file's name instead of its index), so files given in another order
// still find their states. Nothing here leaves the machine: export and import are
// files the user saves and picks.

export const STATES = ["new", "acknowledged", "in_progress", "done", "not_a_signal"];
export const STATES_SCHEMA = "cxsignals.signal_states/1";

const DATABASE = "cxsignals-signal-states";
const VERSION = 1;
const STORE = "states";
/** Limits of an imported record: a note is a note, not a document. */
export const MAX_NOTE = 4000;
export const MAX_OWNER = 200;
export const MAX_ID = 200;
export const MAX_KEY = 2000;

/** An import that cannot be taken: `code` names what is wrong (a UI string key), `values` fills it. */
export class StatesImportError extends Error {
  constructor(code, values = {}) {
    super(`${code} ${JSON.stringify(values)}`);
    this.code = code;
    this.values = values;
  }
}

const isString = (value) => typeof value === "string";

/**
 * Checks one state record: {state, note?, owner?, updated?}. Returns the record as kept (only
 * these fields, note and owner "" when absent), or throws StatesImportError naming the id.
 */
export function checkRecord(id, record) {
  if (!isString(id) || id.length === 0 || id.length > MAX_ID) throw new StatesImportError("states_error_id", { id: String(id).slice(0, 40) });
  if (record === null || typeof record !== "object" || Array.isArray(record)) throw new StatesImportError("states_error_record", { id });
  if (!STATES.includes(record.state)) throw new StatesImportError("states_error_state", { id, state: String(record.state) });
  for (const [field, limit] of [["note", MAX_NOTE], ["owner", MAX_OWNER], ["updated", 40], ["key", MAX_KEY]]) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (!isString(value)) throw new StatesImportError("states_error_field", { id, field });
    if (value.length > limit) throw new StatesImportError("states_error_long", { id, field, max: limit });
  }
  const unknown = Object.keys(record).filter((key) => !["state", "note", "owner", "updated", "key"].includes(key));
  if (unknown.length) throw new StatesImportError("states_error_unknown", { id, field: unknown[0] });
  const kept = { state: record.state, note: record.note ?? "", owner: record.owner ?? "", updated: record.updated ?? "" };
  if (record.key) kept.key = record.key;
  return kept;
}

/** The states as an export file's text: {schema, states: {id: record}}, ids sorted. */
export function statesJson(states) {
  const out = {};
  for (const id of [...states.keys()].sort()) out[id] = states.get(id);
  return `${JSON.stringify({ schema: STATES_SCHEMA, states: out }, null, 2)}\n`;
}

/**
 * Reads an export file's text; returns a Map id → record, or throws StatesImportError with the
 * first thing wrong (nothing is taken from a file with any error).
 */
export function parseStatesJson(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new StatesImportError("states_error_json", { message: error.message });
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) throw new StatesImportError("states_error_schema", { schema: "" });
  if (document.schema !== STATES_SCHEMA) throw new StatesImportError("states_error_schema", { schema: String(document.schema ?? "") });
  const { states } = document;
  if (states === null || typeof states !== "object" || Array.isArray(states)) throw new StatesImportError("states_error_states");
  const out = new Map();
  for (const [id, record] of Object.entries(states)) out.set(id, checkRecord(id, record));
  return out;
}

// ---- IndexedDB ----------------------------------------------------------------------------

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `op` in one transaction and resolves once it has completed (the write is kept). */
function run(db, mode, op) {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = op(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

let database = null;

async function openDatabase() {
  if (typeof indexedDB === "undefined") return null;
  const request = indexedDB.open(DATABASE, VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: "id" });
  };
  return done(request);
}

/**
 * Opens the state store. Where the browser allows no IndexedDB it lives in memory for this tab
 * and `persistent` is false.
 * @returns {Promise<{persistent: boolean, all(): Promise<Map>, put(id, record): Promise,
 *   putMany(map): Promise, remove(id): Promise, clear(): Promise}>}
 */
export async function openSignalStates() {
  let db = null;
  try {
    database ??= openDatabase();
    db = await database;
  } catch {
    db = null;
  }
  if (!db) {
    const memory = new Map();
    return {
      persistent: false,
      all: async () => new Map(memory),
      put: async (id, record) => void memory.set(id, record),
      putMany: async (map) => map.forEach((record, id) => memory.set(id, record)),
      remove: async (id) => void memory.delete(id),
      clear: async () => memory.clear(),
    };
  }
  return {
    persistent: true,
    async all() {
      const records = await run(db, "readonly", (store) => store.getAll());
      return new Map(records.map(({ id, ...record }) => [id, record]));
    },
    put: (id, record) => run(db, "readwrite", (store) => store.put({ ...record, id })),
    putMany: (map) => run(db, "readwrite", (store) => {
      let last = null;
      map.forEach((record, id) => { last = store.put({ ...record, id }); });
      return last;
    }),
    remove: (id) => run(db, "readwrite", (store) => store.delete(id)),
    clear: () => run(db, "readwrite", (store) => store.clear()),
  };
}
