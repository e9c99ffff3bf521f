// The fuzzers' random source: xorshift32, fast and reproducible from a seed, so a failure a
// fuzzer prints can be run again with the same `<seed>` argument.

/** `random()` in [0, 1) and `pick(items)`, both drawn from one xorshift32 stream seeded with `seed`. */
export function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const pick = (items) => items[Math.floor(random() * items.length)];
  return { random, pick };
}
