/** The item at `index`, which the caller knows is there. */
export function nth<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index} of ${items.length}`);
  return item;
}

/**
 * A seeded random source, so every run (and the encrypted and plain databases within a run)
 * gets exactly the same data and the same workload.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // sfc32, seeded through splitmix32 so that nearby seeds give unrelated streams.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i += 1) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t / 4_294_967_296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.float() * (max - min);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return nth(items, Math.floor(this.float() * items.length));
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.float() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    return nth(entries, entries.length - 1)[0];
  }

  /** A few distinct items, in the list's order. */
  subset<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(Math.floor(this.float() * items.length));
    return [...chosen].sort((x, y) => x - y).map((index) => nth(items, index));
  }
}

/**
 * Draws items in proportion to their weights in constant time (Walker's alias method), so that
 * tens of millions of words can be drawn while seeding.
 */
export class WeightedSampler<T> {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    const n = items.length;
    if (n === 0 || weights.length !== n) throw new Error('A sampler needs one weight per item');
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const scaled = weights.map((weight) => (weight * n) / total);
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((value, index) => (value < 1 ? small : large).push(index));
    for (;;) {
      const less = small.pop();
      const more = large.pop();
      if (less === undefined || more === undefined) {
        // What is left has (up to rounding) exactly its share.
        for (const index of [...small, ...large, less, more]) if (index !== undefined) this.probability[index] = 1;
        break;
      }
      this.probability[less] = nth(scaled, less);
      this.alias[less] = more;
      scaled[more] = nth(scaled, more) + nth(scaled, less) - 1;
      (nth(scaled, more) < 1 ? small : large).push(more);
    }
  }

  sample(random: Random): T {
    const column = Math.floor(random.float() * this.items.length);
    const index = random.float() < nth(this.probability, column) ? column : nth(this.alias, column);
    return nth(this.items, index);
  }
}
