/** mulberry32: numbers in [0, 1) from `seed`, the same sequence on every run. */
export function seededRandom(seed: number): () => number;
