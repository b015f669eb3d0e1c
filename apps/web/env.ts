import { resolve } from "node:path";
import { z } from "zod";

/** Server-side configuration of the web app, validated once. */
const schema = z.object({
  /** Where the API's GraphQL endpoint is, as seen from the web server. */
  API_URL: z.url().default("http://127.0.0.1:4000/graphql"),
  /** Editor token the server uses for imports (npm start provides one); never sent to the browser. */
  WEB_API_TOKEN: z.string().min(10).optional(),
  /** The 63-province boundaries (TopoJSON keyed by GSO code) for the choropleth; default: ../shared beside the repository. */
  MAP_FILE: z
    .string()
    .default(resolve(process.cwd(), "../../../shared/data/vn-provinces-map/vn-provinces-63.topo.json")),
});

export const env = schema.parse({
  API_URL: process.env.API_URL || undefined,
  WEB_API_TOKEN: process.env.WEB_API_TOKEN || undefined,
  MAP_FILE: process.env.MAP_FILE || undefined,
});
