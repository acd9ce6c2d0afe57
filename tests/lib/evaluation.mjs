// Small helpers shared by the blind evaluations (tests/vendors, tests/intents).

/** Wilson 95% score interval of k successes in n (Wilson 1927); [0, 1] when n is 0. */
export function wilson(k, n) {
  if (n === 0) return [0, 1];
  const z = 1.959963984540054, p = k / n, d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The value after `--name` on the command line, or `fallback`. */
export function argument(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
