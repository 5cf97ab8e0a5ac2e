/**
 * A seeded pseudo-random source, so that the same seed and sizes give the same documents (and the
 * same documentIds, so the same article sample) on every run and on every database.
 */
export interface Random {
  /** In [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index drawn with the given (unnormalised) weights. */
  weighted(weights: readonly number[]): number;
  chance(probability: number): boolean;
  /** `count` distinct items, in drawn order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** 24 characters like Strapi's cuid2 documentIds: a letter, then letters and digits. */
  documentId(): string;
}

/** mulberry32: tiny, fast and good enough to spread synthetic data; not for anything secret. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
  const ALPHANUMERIC = `${LETTERS}0123456789`;

  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(weights) {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i += 1) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    chance: (probability) => next() < probability,
    sample(items, count) {
      const pool = [...items];
      const out = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
    documentId() {
      let id = LETTERS[Math.floor(next() * LETTERS.length)];
      while (id.length < 24) id += ALPHANUMERIC[Math.floor(next() * ALPHANUMERIC.length)];
      return id;
    },
  };
}

/**
 * Cumulative weights for drawing ranks with a Zipf-like skew (rank r has weight r^-exponent), with
 * a binary search per draw: a few towns get many incidents, most get one or two, as in real data.
 */
export function skewedRanks(count: number, exponent: number) {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= count; rank += 1) cumulative.push((total += rank ** -exponent));
  return (random: Random): number => {
    const r = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > r) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}
