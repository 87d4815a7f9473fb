import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", module: "writable" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Plain Node scripts the benchmark runs as separate processes.
    files: ["bench/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", fetch: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**"],
    ignores: ["src/action/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@actions/*"], message: "Only src/action/ talks to the Actions toolkit." },
            { group: ["**/emulator/**"], message: "The action never imports the emulator." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/action/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/emulator/**"], message: "The action never imports the emulator." }] },
      ],
    },
  },
);
