import { join } from "node:path";
import type { NextConfig } from "next";

const monorepoRoot = join(__dirname, "..");

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/serve.ts compresses, after it has read a page's status (see scripts/status-marker.ts).
  compress: false,
  // npm workspaces: dependencies are installed at the repository's root.
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "geolocation=(self), camera=(), microphone=()" },
        ],
      },
    ];
  },
};

export default config;
