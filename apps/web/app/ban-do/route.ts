import { readFile } from "node:fs/promises";
import type { GeometryCollection, Topology } from "topojson-specification";
import { quantize } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import { env } from "../../env";

/**
 * The province map for the choropleth, read from MAP_FILE (../shared's
 * 63-province TopoJSON, keyed by GSO code; credit: Open Development Mekong),
 * simplified once per server process to the 5 % of points that carry the
 * most area (Visvalingam weights, shared borders kept): 75,397 → 5,820
 * points, 690 kB → 65 kB, enough for a page-wide map and cheap to draw
 * on a phone (the 15 % kept before cost 13,144 points).
 */
let simplified: Promise<string> | null = null;

async function load(): Promise<string> {
  const topology = JSON.parse(await readFile(env.MAP_FILE, "utf8")) as Topology<{
    provinces: GeometryCollection<{ gso: string; name: string }>;
  }>;
  const pre = presimplify(topology);
  return JSON.stringify(quantize(simplify(pre, quantile(pre, 0.05)), 5000));
}

export async function GET() {
  simplified ??= load().catch((error) => {
    simplified = null;
    throw error;
  });
  try {
    return new Response(await simplified, {
      headers: { "content-type": "application/json", "cache-control": "public, max-age=86400" },
    });
  } catch (error) {
    return Response.json(
      {
        error: `Không đọc được bản đồ tỉnh (${env.MAP_FILE}): ${(error as Error).message}. Đặt MAP_FILE tới tệp vn-provinces-63.topo.json.`,
      },
      { status: 503 },
    );
  }
}
