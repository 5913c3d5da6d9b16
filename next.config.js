/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
