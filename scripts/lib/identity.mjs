// Ground-truth identity bookkeeping for the test-corpus generator. The generator tells the
// ledger, for every record it writes, the identifying cell values exactly as written; the
// ledger normalises them and links records that share a key (union-find). This is the rule
// stated in tests/data/corpus/README.md, applied to the generator's own data, not cxsignals.

/** Key normalisers: raw cell text -> normalised key. */
export const normalise = {
  email: (s) => s.trim().toLowerCase(),
  phone: (s) => {
    const t = s.trim();
    if (!t.startsWith("+")) throw new Error(`phone without country code in corpus: ${s}`);
    return "+" + t.replace(/\D/g, "");
  },
  stripe: (s) => "stripe:" + s.trim(),
  shopify: (s) => "shopify:" + s.trim(),
  zendesk: (s) => "zendesk:" + s.trim(),
  intercom: (s) => "intercom:" + s.trim(),
  hubspot: (s) => "hubspot:" + s.trim(),
  twitter: (s) => "twitter:" + s.trim().replace(/^@/, "").toLowerCase(),
};

export class Ledger {
  constructor(companyDomain) {
    this.companySuffix = "@" + companyDomain;
    this.parent = new Map();
    this.records = []; // { file, row, keys, mention }
    this.stats = new Map(); // file -> { keyed, anonymous, excluded }
  }

  find(key) {
    if (!this.parent.has(key)) this.parent.set(key, key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    while (this.parent.get(key) !== root) {
      const next = this.parent.get(key);
      this.parent.set(key, root);
      key = next;
    }
    return root;
  }

  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }

  fileStats(file) {
    if (!this.stats.has(file)) this.stats.set(file, { keyed: 0, anonymous: 0, excluded: 0 });
    return this.stats.get(file);
  }

  /**
   * One record's customer-side identifiers, as written in the file.
   * @param {string} file
   * @param {number} row        row / record number as expected.json states it
   * @param {Array<[string, any]>} pairs  [type, raw] with type a key of `normalise`; blanks ignored
   * @param {{mention?: boolean}} [o]  mention records link but never create a customer alone
   * @returns {string[]} the normalised keys (empty: anonymous or excluded)
   */
  add(file, row, pairs, { mention = false } = {}) {
    const stats = this.fileStats(file);
    const keys = [];
    for (const [type, raw] of pairs) {
      if (raw === null || raw === undefined || String(raw).trim() === "") continue;
      const key = normalise[type](String(raw));
      if (!keys.includes(key)) keys.push(key);
    }
    if (keys.some((k) => k.endsWith(this.companySuffix))) {
      stats.excluded++; // the company's own people are never customers: drop the whole record
      return [];
    }
    if (keys.length === 0) {
      stats.anonymous++;
      return [];
    }
    stats.keyed++;
    for (const key of keys) this.find(key);
    for (let i = 1; i < keys.length; i++) this.union(keys[0], keys[i]);
    this.records.push({ file, row, keys, mention });
    return keys;
  }

  /** Linked groups: { customers: [{keys, files}], mentionOnly: [{keys, files}] }. */
  groups() {
    const byRoot = new Map();
    for (const rec of this.records) {
      const root = this.find(rec.keys[0]);
      if (!byRoot.has(root)) byRoot.set(root, { keys: new Set(), files: new Set(), seeded: false });
      const g = byRoot.get(root);
      for (const k of rec.keys) g.keys.add(k);
      g.files.add(rec.file);
      if (!rec.mention) g.seeded = true;
    }
    const shape = (g) => ({ keys: [...g.keys].sort(), files: [...g.files].sort() });
    const order = (a, b) => (a.keys[0] < b.keys[0] ? -1 : a.keys[0] > b.keys[0] ? 1 : 0);
    const all = [...byRoot.values()];
    return {
      customers: all.filter((g) => g.seeded).map(shape).sort(order),
      mentionOnly: all.filter((g) => !g.seeded).map(shape).sort(order),
    };
  }
}
