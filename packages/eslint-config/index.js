// One preset for the repository: typescript-eslint's type-aware strict rules, with the
// rules that keep the content boundary honest (no `any`, no unchecked casts) as errors.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/node_modules/**", "**/dist/**", "**/.next/**", "**/.strapi/**", "**/build/**", "**/types/generated/**", "**/*.config.{js,mjs,cjs}", "**/.tmp/**", "**/test-results/**", "**/playwright-report/**", "**/next-env.d.ts"],
};

export default tseslint.config(
  ignores,
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
