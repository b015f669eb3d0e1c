/**
 * Speed of the synthetic control with every in-space placebo, 63 units × 14
 * years (a generated PAPI-shaped panel, the test fixture; not real data).
 * Printed, not a timed test:  npx tsx bench/synth.ts
 */
import { syntheticControl } from "../src/impact/synth-placebos";
import { generatePanel } from "../test/fixtures/generated-panel";

const { panel } = generatePanel(63, 1);
for (const treatedFrom of [2015, 2018, 2021]) {
  syntheticControl(panel, { treated: "U27", treatedFrom }); // warm-up
  const runs = 5;
  const t0 = performance.now();
  let r = syntheticControl(panel, { treated: "U27", treatedFrom });
  for (let i = 1; i < runs; i++) r = syntheticControl(panel, { treated: "U27", treatedFrom });
  const ms = (performance.now() - t0) / runs;
  const fits = 1 + (r.placebo?.units.length ?? 1) - 1 + r.leaveOneOut.runs.length + (r.inTime.from === null ? 0 : 1);
  console.log(
    `63 units × 14 years, treated from ${treatedFrom} (${r.preTimes.length} pre-periods): ${ms.toFixed(1)} ms per run, ${fits} QP fits (${(ms / fits).toFixed(2)} ms each); p = ${r.placebo!.all.rank}/${r.placebo!.all.of}`,
  );
}
