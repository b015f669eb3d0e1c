import type { NextConfig } from "next";

const config: NextConfig = {
  // Served behind nothing: no external fonts, images or scripts; telemetry is off in the scripts' env.
  poweredByHeader: false,
  reactStrictMode: true,
};
export default config;
