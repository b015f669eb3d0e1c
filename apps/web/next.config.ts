import type { NextConfig } from "next";

const config: NextConfig = {
  // Served behind nothing: no external fonts, images or scripts; telemetry is off in the scripts' env.
  poweredByHeader: false,
  reactStrictMode: true,
  // Imports are sent through a server action: allow files up to the importer's own limit.
  experimental: { serverActions: { bodySizeLimit: "50mb" } },
};
export default config;
