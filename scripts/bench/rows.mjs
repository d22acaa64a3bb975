// The bench's table: each measure adds a row; `npm run bench` prints them and writes them out.
export const rows = [];

export const row = (group, measure, value, unit, note = '') =>
  rows.push({ group, measure, value, unit, note });

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The value at quantile `q` (0..1) of `values`. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
