import preset from "@newsroom/eslint-config";

export default [
  ...preset,
  { ignores: ["src/admin/**", "dist/**", "types/generated/**", "public/**", "database/**", "config/**/*.js"] },
  {
    // Being rewritten on other branches; each passes the rules there. Everything else in the
    // CMS narrows Strapi's untyped results (generated UIDs, zod or a type guard at the edge).
    files: ["src/editorial/webhook.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
];
