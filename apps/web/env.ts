import { resolve } from "node:path";
import { z } from "zod";

/** Server-side configuration of the web app, validated once. */
const schema = z.object({
  /** Where the API's GraphQL endpoint is, as seen from the web server. */
  API_URL: z.url().default("http://127.0.0.1:4000/graphql"),
  /**
   * Host headers the dashboard answers to (comma-separated host[:port]); any
   * other is refused, so a DNS-rebinding page cannot talk to it.
   */
  WEB_ALLOWED_HOSTS: z
    .string()
    .default(`localhost:${process.env.WEB_PORT || 3000},127.0.0.1:${process.env.WEB_PORT || 3000}`)
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Pages readable without signing in (reads only); the API must allow it too (ANONYMOUS_READ). */
  ANONYMOUS_READ: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** The 63-province boundaries (TopoJSON keyed by GSO code) for the choropleth; default: ../shared beside the repository. */
  MAP_FILE: z
    .string()
    .default(resolve(process.cwd(), "../../../shared/data/vn-provinces-map/vn-provinces-63.topo.json")),
});

export const env = schema.parse({
  API_URL: process.env.API_URL || undefined,
  WEB_ALLOWED_HOSTS: process.env.WEB_ALLOWED_HOSTS || undefined,
  ANONYMOUS_READ: process.env.ANONYMOUS_READ || undefined,
  MAP_FILE: process.env.MAP_FILE || undefined,
});
