import { resolve } from "node:path";
import type { TestDriver } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { type StartOptions, type Started, useApi } from "./helpers";

/** The shared PAPI panel: totals, dimensions and sub-dimensions of every province, 2011–2024. */
export const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");

/** PAPI's eight dimensions (2018 methodology), in order. */
export const PAPI_DIMENSIONS = Array.from({ length: 8 }, (_, i) => `PAPI.D${i + 1}`);

/**
 * The calling describe's API (see useApi) with the PAPI panel imported, then
 * `setup` run on it. Importing the panel takes a minute on a busy machine, so
 * the beforeAll may take five.
 */
export function usePapiApi(
  driver: TestDriver,
  opts: StartOptions & { setup?: (api: Started) => Promise<unknown> } = {},
): Started {
  return useApi(driver, {
    ...opts,
    timeout: 300_000,
    setup: async (api) => {
      await runImport(api.handle.db, PAPI_DIR, { by: "test" });
      await opts.setup?.(api);
    },
  });
}
