// The JS peers' shared rule: NPS over valid whole-number 0-10 answers; CSAT mean and top-2-box over 1-5.

/** The integer in `cell` if it is a whole number in [low, high]; null when blank or invalid. */
export function scoreOf(cell, low, high) {
  if (cell === undefined) return null;
  const text = cell.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return value >= low && value <= high ? value : null;
}

/** Counts promoters (9-10), passives (7-8), detractors (0-6) and CSAT (4-5 satisfied), row by row. */
export function tally() {
  let promoters = 0, passives = 0, detractors = 0, csatSum = 0, csatN = 0, satisfied = 0, rows = 0;
  return {
    add(nps, csat) {
      ++rows;
      if (nps !== null) {
        if (nps >= 9) ++promoters;
        else if (nps >= 7) ++passives;
        else ++detractors;
      }
      if (csat !== null) {
        csatSum += csat;
        ++csatN;
        if (csat >= 4) ++satisfied;
      }
    },
    result() {
      const n = promoters + passives + detractors;
      return { nps: n ? (100 * (promoters - detractors)) / n : undefined, n, rows,
        csatN, csatMean: csatN ? csatSum / csatN : undefined,
        csatTop2: csatN ? (100 * satisfied) / csatN : undefined };
    },
  };
}
