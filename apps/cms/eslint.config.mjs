import preset from "@newsroom/eslint-config";

export default [
  ...preset,
  { ignores: ["src/admin/**", "dist/**", "types/generated/**", "public/**", "database/**"] },
];
