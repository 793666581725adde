/**
 * The data build at scale, for `npm run bench`: synthetic input at a multiple
 * of the real data's size, built in a worker thread whose heap is capped
 * (`resourceLimits`), while this thread samples the worker's heap. A build
 * that needs more than the cap fails instead of passing slowly.
 *
 * The synthetic rows are the real folder plus one tidy source of yearly
 * figures by sex for all 63 provinces, over years before 1900 (so no key
 * meets a real figure), as many indicators as it takes. Invented numbers, for
 * timing only; never written to data/. The bytes are built a line at a time
 * into buffers, never as one string, so that making the input does not
 * inflate the figures.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { buildDataset, type InputFile } from "../src/lib/steps/index.ts";
import { inputFile, readDataFolder } from "./data-folder.ts";

const root = resolve(import.meta.dirname, "..");

const SYNTHETIC_INDICATORS: [raw: string, unit: string, percent: boolean][] = [
  ["population_count", "người", false],
  ["average_population_count", "người", false],
  ["labour_force_15plus_count", "người", false],
  ["employed_15plus_count", "người", false],
  ["population_share_pct", "%", true],
  ["labour_force_15plus_share_pct", "%", true],
  ["employed_15plus_pct_of_population", "%", true],
  ["underemployment_rate_working_age_pct", "%", true],
];

/** The real data folder with `(factor - 1) × 800` synthetic rows added. */
export function syntheticInput(factor: number): InputFile[] {
  const files = readDataFolder();
  if (factor === 1) return files;
  const provinces = readFileSync(join(root, "data/sources/gso-provinces-2025/provinces_2024_2025.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(",")[1]?.replace(/^(Tỉnh|Thành phố) /u, "") ?? "")
    .map((name) => (name === "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : name));
  const rowsWanted = (factor - 1) * 800;
  const chunks: Buffer[] = [Buffer.from("indicator,area_name,period,sex,value,unit,source_url,source_title,note,derivation\n")];
  let lines: string[] = [];
  let n = 0;
  for (const [raw, unit, percent] of SYNTHETIC_INDICATORS) {
    for (let year = 1000; year < 1900 && n < rowsWanted; year++) {
      for (const name of provinces) {
        for (const sex of ["female", "male", "total"]) {
          lines.push(
            `${raw},${name},${year},${sex},${percent ? (n % 1000) / 10 : 1000 + n},${unit},https://example.org/bench,Synthetic benchmark data,,printed\n`,
          );
          n++;
        }
      }
      if (lines.length > 20_000) {
        chunks.push(Buffer.from(lines.join("")));
        lines = [];
      }
    }
  }
  chunks.push(Buffer.from(lines.join("")));
  if (n < rowsWanted) throw new Error(`the synthetic generator makes at most ${n} rows; ${rowsWanted} wanted`);
  const data = inputFile("sources/bench-synthetic/synthetic.csv", new Uint8Array(Buffer.concat(chunks)));
  const md = `---\nid: bench-synthetic\ntitle: Synthetic\ntitle_vi: Dữ liệu tổng hợp\npublisher: Benchmark\npublisher_vi: Đo hiệu năng\nurl:\nretrieved: 2026-11-21\nlicence: none\nlicence_vi: không\nsummary_vi: Dòng dữ liệu tạo ra để đo thời gian dựng; không công bố.\nimporter: tidy\nfiles: synthetic.csv\nsha256: ${data.sha256}\n---\n`;
  return [...files, data, inputFile("sources/bench-synthetic/SOURCE.md", md)];
}

export interface ScaleRun {
  factor: number;
  observations: number;
  ms: number;
  /** The most the worker's heap held at any sample (every 20 ms), garbage included. */
  peakHeapMb: number;
  /** What the built dataset keeps once garbage is collected. */
  liveHeapMb: number;
}

/** Builds `factor`× the real data in a worker limited to `heapLimitMb` of old-generation heap. */
export async function runAtScale(factor: number, heapLimitMb: number): Promise<ScaleRun> {
  const input = syntheticInput(factor);
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { input },
    transferList: input.map((f) => f.bytes.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i),
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    execArgv: ["--import", "tsx"],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    worker
      .getHeapStatistics()
      .then((s) => (peak = Math.max(peak, s.used_heap_size)))
      .catch(() => undefined);
  }, 20);
  try {
    const result = await new Promise<Omit<ScaleRun, "peakHeapMb" | "factor">>((ok, fail) => {
      worker.once("message", ok);
      worker.once("error", fail);
      worker.once("exit", (code) => fail(new Error(`the ${factor}× build stopped (exit ${code}) within a ${heapLimitMb} MB heap`)));
    });
    return { factor, ...result, peakHeapMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
    await worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const { input } = workerData as { input: InputFile[] };
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = buildDataset(input);
  const ms = performance.now() - t0;
  gc?.();
  if (!result.ok) throw new Error(`synthetic data do not build: ${result.problems[0]?.expected ?? ""}`);
  parentPort.postMessage({ observations: result.dataset.observations.length, ms, liveHeapMb: (process.memoryUsage().heapUsed - before) / 1024 / 1024 });
}
