// Area under the ROC curve with DeLong's variance, for measuring how well a score separates two
// groups (bench measurement, not product code). Checked against R in tests/data/auc/.

/**
 * Placement values (DeLong, DeLong & Clarke-Pearson 1988): for each positive, the share of
 * negatives it outscores (a tie counts ½); for each negative, the share of positives that
 * outscore it. Their mean is the AUC, the Mann–Whitney U / (m n).
 */
function placements(positives, negatives) {
  const v10 = positives.map((x) => {
    let s = 0;
    for (const y of negatives) s += x > y ? 1 : x === y ? 0.5 : 0;
    return s / negatives.length;
  });
  const v01 = negatives.map((y) => {
    let s = 0;
    for (const x of positives) s += x > y ? 1 : x === y ? 0.5 : 0;
    return s / positives.length;
  });
  return { v10, v01 };
}

const mean = (v) => v.reduce((s, x) => s + x, 0) / v.length;
// Sample covariance (n − 1), as DeLong et al. define S10 and S01.
function cov(a, b) {
  const ma = mean(a), mb = mean(b);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / (a.length - 1);
}
const Z975 = 1.959963984540054;

/** AUC of one score: P(score of a positive > score of a negative) + ½ P(tie), with DeLong's
 *  standard error and the Wald 95% interval clipped to [0, 1]. */
export function auc(positives, negatives) {
  if (positives.length < 2 || negatives.length < 2) return null;
  const { v10, v01 } = placements(positives, negatives);
  const value = mean(v10);
  const se = Math.sqrt(cov(v10, v10) / v10.length + cov(v01, v01) / v01.length);
  return { auc: value, se, ci95: [Math.max(0, value - Z975 * se), Math.min(1, value + Z975 * se)],
    positives: positives.length, negatives: negatives.length };
}

/**
 * Two scores on the same people: AUC(a) − AUC(b) with DeLong's paired variance, its 95%
 * interval and the two-sided p of z = difference / se. `a` and `b` hold each person's score
 * in the same order; `positive[i]` says which group person i is in.
 */
export function aucDifference(a, b, positive) {
  const split = (score) => ({
    pos: score.filter((_, i) => positive[i]), neg: score.filter((_, i) => !positive[i]) });
  const A = split(a), B = split(b);
  const pa = placements(A.pos, A.neg), pb = placements(B.pos, B.neg);
  const m = pa.v10.length, n = pa.v01.length;
  const difference = mean(pa.v10) - mean(pb.v10);
  const variance = (cov(pa.v10, pa.v10) + cov(pb.v10, pb.v10) - 2 * cov(pa.v10, pb.v10)) / m +
    (cov(pa.v01, pa.v01) + cov(pb.v01, pb.v01) - 2 * cov(pa.v01, pb.v01)) / n;
  const se = Math.sqrt(variance);
  const z = se > 0 ? difference / se : 0;
  return { difference, se, ci95: [difference - Z975 * se, difference + Z975 * se], z,
    p: 2 * (1 - normalCdf(Math.abs(z))) };
}

// Φ(x) by the complementary error function, erfc from Numerical Recipes (3rd ed., §6.2.2,
// Chebyshev fit, relative error < 1.2e-7): enough for a p-value printed to 3 digits.
function normalCdf(x) {
  const z = Math.abs(x) / Math.SQRT2, t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 +
    t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
    t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
