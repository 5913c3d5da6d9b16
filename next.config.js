/** A 20 MB file and its form's other fields. */
const largestUpload = "21mb";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Its worker threads load their own files from node_modules: it must not be bundled.
  serverExternalPackages: ["piscina"],
  experimental: {
    // The signed report's PDF is a scan, often several MB (lib/reports/actions.ts accepts up to 20 MB);
    // every other action reads its input through zod with its own limits.
    serverActions: { bodySizeLimit: largestUpload },
    // The proxy (proxy.ts) holds each body for the route and cuts it past this size: it must not cut
    // an upload the route accepts, and the route then refuses a cut one as too large (413).
    proxyClientMaxBodySize: largestUpload,
  },
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
