import { it } from "vitest";
import { typeCheckPackages } from "./type-check-packages.js";
it("scratch", () => {
  for (const d of (process.env.DIRS ?? "").split(",")) {
    const t = Date.now();
    const diags = typeCheckPackages(d);
    console.log(d, Date.now() - t, "ms\n" + diags.slice(0, 40).join("\n"));
  }
});
