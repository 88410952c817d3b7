/**
 * A seeded pseudo-random generator, so that `--seed S --count N` always writes the same archive
 * and release number i is the same whether it was written in a run of 1,000 or of 100,000.
 * mulberry32 (public domain): tiny, fast and good enough for sample content; Math.random
 * cannot be seeded and no maintained package is needed for this.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The generator of item `index` in stream `stream` of the archive seeded with `seed`. */
  static of(seed: number, stream: number, index: number): Random {
    // Mixes the three numbers (splitmix-style constants) so neighbouring releases differ.
    let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
    return new Random(h ^ (h >>> 15));
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    return out;
  }

  /** Lowercase letters and digits, starting with a letter: the shape of Strapi 5's documentIds (cuid2). */
  documentId(): string {
    const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    let id = alphabet.charAt(Math.floor(this.next() * 26));
    for (let i = 1; i < 24; i += 1) id += alphabet.charAt(Math.floor(this.next() * 36));
    return id;
  }
}
