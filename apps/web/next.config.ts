import type { NextConfig } from "next";

const config: NextConfig = {
  // Served behind nothing: no external fonts, images or scripts; telemetry is off in the scripts' env.
  poweredByHeader: false,
  reactStrictMode: true,
  // @cchc/schema ships TypeScript (its ./vocabulary and ./format): compiled with the app's own code.
  transpilePackages: ["@cchc/schema"],
  experimental: {
    serverActions: {
      // Imports are sent through a server action: allow files up to the importer's own limit.
      bodySizeLimit: "50mb",
      // Server actions are accepted only from the dashboard's own configured hosts.
      allowedOrigins: (
        process.env.WEB_ALLOWED_HOSTS ||
        `localhost:${process.env.WEB_PORT || 3000},127.0.0.1:${process.env.WEB_PORT || 3000}`
      )
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean),
    },
  },
};
export default config;
