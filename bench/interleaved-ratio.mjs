// Two timings compared in alternating rounds: on a shared machine two benchmark runs one after
// the other can see different loads, and their ratio swings by 2x from run to run; the median of
// many short alternating rounds is steady.

/**
 * Speed of `ours` relative to `other` (their time over ours), measured in alternating rounds
 * of a few passes each for about `seconds`: the median of the rounds, and the quartiles.
 */
export function interleavedRatio(ours, other, seconds) {
  const passes = 3;
  const time = (run) => {
    const start = performance.now();
    for (let i = 0; i < passes; i++) run();
    return performance.now() - start;
  };
  const ratios = [];
  const end = performance.now() + seconds * 1000;
  while (ratios.length < 20 || (performance.now() < end && ratios.length < 500)) {
    const a = time(ours);
    const b = time(other);
    ratios.push(b / a);
  }
  ratios.sort((x, y) => x - y);
  const at = (q) => ratios[Math.floor(q * (ratios.length - 1))];
  return { rounds: ratios.length, median: at(0.5), low: at(0.25), high: at(0.75) };
}
