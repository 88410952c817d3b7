import preset from "@newsroom/eslint-config";

// The preset's no-unsafe-* rules hold for all CMS code: Strapi's untyped results are narrowed
// at the edge (generated UIDs, src/strapi/services.ts, zod), never silently given a type.
export default [...preset, { ignores: ["src/admin/**", "dist/**", "types/generated/**", "public/**", "database/**", "config/**/*.js"] }];
