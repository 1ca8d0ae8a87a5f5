// Lint: typescript-eslint's recommended type-aware rules, plus the architecture rule: imports
// point inward only (domain ← rules ← analytics ← catalogue/store ← server/cli; web sees domain,
// rules and analytics).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders of src/ and the folders each one must not import from. */
const forbidden = {
  domain: ['rules', 'analytics', 'catalogue', 'store', 'server', 'cli', 'web'],
  rules: ['analytics', 'catalogue', 'store', 'server', 'cli', 'web'],
  analytics: ['catalogue', 'store', 'server', 'cli', 'web'],
  catalogue: ['store', 'server', 'cli', 'web'],
  store: ['catalogue', 'server', 'cli', 'web'],
  server: ['cli', 'web'],
  cli: ['web'],
  web: ['catalogue', 'store', 'server', 'cli'],
};

/** The layers that run in the browser too: no Node built-ins, no I/O. */
const pure = ['domain', 'rules', 'analytics', 'web'];
const nodeBuiltins = { regex: '^node:', message: `The pure core (${pure.join(', ')}) may not use Node APIs.` };

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  // Tests and build configuration run in Node and may reach across layers.
  ignores: ['**/*.test.ts', '**/*.test.tsx', '**/vite.config.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        {
          regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
          message: `src/${layer} may only import inward (domain ← rules ← analytics ← catalogue/store ← server/cli; web: domain, rules and analytics). See docs/architecture.md.`,
        },
        ...(pure.includes(layer) ? [nodeBuiltins] : []),
      ],
    }],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['bin/*.js', '*.config.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...layerRules,
);
