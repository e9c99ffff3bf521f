// Every property test in the suite draws from one fixed seed, so a run is reproducible and a CI
// failure replays locally. Breadth comes from `npm run fuzz` (millions of inputs) and from
// choosing another seed: `FC_SEED=123 npm test`.
import fc from "fast-check";

const seed = Number(process.env["FC_SEED"] ?? 20_261_205);
fc.configureGlobal({ seed: Number.isSafeInteger(seed) ? seed : 20_261_205 });
