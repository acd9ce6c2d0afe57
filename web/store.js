// The user's mapping corrections, kept in this browser's IndexedDB (never sent anywhere): one
// record per header signature, so a file with the same header gets the same correction again.
const DATABASE = "cxsignals";
const STORE = "corrections";

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase() {
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "signature" });
  return done(request);
}

/** Runs `op` on the store in one transaction; resolves to its result once the transaction has
 *  completed, so a write is on disk before the page says so (and before a reload). */
function run(db, mode, op) {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = op(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/**
 * Opens the corrections store. Where the browser allows no IndexedDB (some private modes) the
 * corrections live in memory for this tab only, and `persistent` is false.
 * @returns {{persistent, all(): Promise<Map>, put(signature, correction), remove(signature), clear()}}
 */
export async function openCorrections() {
  let db = null;
  try {
    db = typeof indexedDB === "undefined" ? null : await openDatabase();
  } catch {
    db = null;
  }
  if (!db) {
    const memory = new Map();
    return {
      persistent: false,
      all: async () => new Map(memory),
      put: async (signature, correction) => void memory.set(signature, correction),
      remove: async (signature) => void memory.delete(signature),
      clear: async () => memory.clear(),
    };
  }
  return {
    persistent: true,
    async all() {
      const records = await run(db, "readonly", (store) => store.getAll());
      return new Map(records.map(({ signature, ...correction }) => [signature, correction]));
    },
    put: (signature, correction) => run(db, "readwrite", (store) => store.put({ ...correction, signature })),
    remove: (signature) => run(db, "readwrite", (store) => store.delete(signature)),
    clear: () => run(db, "readwrite", (store) => store.clear()),
  };
}
