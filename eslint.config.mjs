import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// `npm run lint`, and a step of `npm test`: Next's rules (React, hooks, accessibility, Core Web
// Vitals) and typescript-eslint's recommended ones, all as errors.
export default defineConfig([
  ...nextVitals,
  tseslint.configs.recommended,
  {
    rules: {
      // Leaving keys out of an object by destructuring them beside a rest (`{ id: _id, ...rest }`)
      // is how the code omits fields; anything else unused is still an error.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // next/link prefetches every link in view; the app's links prefetch on intent (components/link.tsx).
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use Link from @/components/link (prefetches on intent)." }] },
      ],
    },
  },
  { files: ["components/link.tsx"], rules: { "no-restricted-imports": "off" } },
  globalIgnores([
    ".next/**",
    ".data/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
