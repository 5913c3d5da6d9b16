/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Its worker threads load their own files from node_modules: it must not be bundled.
  serverExternalPackages: ["piscina"],
  // The signed report's PDF is a scan, often several MB (lib/reports/actions.ts accepts up to 20 MB);
  // every other action reads its input through zod with its own limits.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
  // Sent on every answer, static files included; the proxy adds the Content-Security-Policy with
  // its per-request nonce and, over https, Strict-Transport-Security.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
