// One preset for the repository: typescript-eslint's type-aware strict rules, with the
// rules that keep the content boundary honest (no `any`, no unchecked casts) as errors.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: [
    "**/node_modules/**",
    "**/dist/**",
    "**/.next/**",
    "**/.strapi/**",
    "**/build/**",
    "**/types/generated/**",
    "**/*.config.{js,mjs,cjs}",
    "**/.tmp/**",
    "**/test-results/**",
    "**/playwright-report/**",
    "**/next-env.d.ts",
  ],
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
    // Each app reads its environment in one module, validated there (src/env.ts, the tests'
    // env.ts, devtools' lib/env.ts): a variable read anywhere else is unchecked and undocumented.
    // Passing the whole environment on (to a child process, to the env module's parser) is fine.
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']",
          message: "Read environment variables in this app's env module (env.ts), where they are validated, and import them from there.",
        },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/env.schema.ts", "**/*.config.{ts,mts}"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
