// What the user teaches the page, kept in this browser's IndexedDB (never sent anywhere):
// mapping corrections (one record per header signature, so a file with the same header gets the
// same correction again), signal labels (one per signal piece of evidence) and the intent model
// learnt from them; and the page's preferences (theme).
const DATABASE = "cxsignals";
const VERSION = 3; // 1: corrections; 2: labels and models added; 3: prefs
const STORES = { corrections: "signature", labels: "id", models: "id", prefs: "id" };

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase() {
  const request = indexedDB.open(DATABASE, VERSION);
  request.onupgradeneeded = () => {
    for (const [name, keyPath] of Object.entries(STORES))
      if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath });
  };
  return done(request);
}

/** Runs `op` on the store in one transaction; resolves to its result once the transaction has
 *  completed, so a write is on disk before the page says so (and before a reload). */
function run(db, name, mode, op) {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(name, mode);
    const request = op(transaction.objectStore(name));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

let database = null;

/**
 * Opens one of the stores (`corrections`, `labels`, `models`, `prefs`), records keyed by their key
 * field. Where the browser allows no IndexedDB (some private modes) they live in memory for
 * this tab only, and `persistent` is false.
 * @returns {{persistent, all(): Promise<Map>, put(key, record), remove(key), clear()}}
 */
export async function openStore(name) {
  const keyPath = STORES[name];
  let db = null;
  try {
    database ??= typeof indexedDB === "undefined" ? Promise.resolve(null) : openDatabase();
    db = await database;
  } catch {
    db = null;
  }
  if (!db) {
    const memory = new Map();
    return {
      persistent: false,
      all: async () => new Map(memory),
      put: async (key, record) => void memory.set(key, record),
      remove: async (key) => void memory.delete(key),
      clear: async () => memory.clear(),
    };
  }
  return {
    persistent: true,
    async all() {
      const records = await run(db, name, "readonly", (store) => store.getAll());
      return new Map(records.map(({ [keyPath]: key, ...record }) => [key, record]));
    },
    put: (key, record) => run(db, name, "readwrite", (store) => store.put({ ...record, [keyPath]: key })),
    remove: (key) => run(db, name, "readwrite", (store) => store.delete(key)),
    clear: () => run(db, name, "readwrite", (store) => store.clear()),
  };
}

/** Empties every store of the page's database (the "clear local data" button). */
export async function clearAll() {
  for (const name of Object.keys(STORES)) await (await openStore(name)).clear();
}

/** The mapping corrections, by header signature. */
export const openCorrections = () => openStore("corrections");
