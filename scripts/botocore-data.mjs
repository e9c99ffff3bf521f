// Where the installed Python botocore keeps its models (`<site-packages>/botocore/data`), for the
// scripts and benchmarks that read them; undefined without python3 or botocore. One question to
// Python per process, remembered.
import { execFileSync } from "node:child_process";
import path from "node:path";

let cached;

/** The installed botocore's data folder, or undefined. */
export function botocoreDataDir() {
  if (cached !== undefined) return cached ?? undefined;
  try {
    const dir = execFileSync(
      "python3",
      ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
    cached = path.join(dir, "data");
  } catch {
    cached = null;
  }
  return cached ?? undefined;
}
