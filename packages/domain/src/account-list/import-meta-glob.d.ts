/**
 * Vite's `import.meta.glob`, used only by tests to read the shared sample files (sheets fixtures,
 * reference JSON) as raw text. The domain's tsconfig loads no Vite types (`types: []`), so the one
 * signature the tests use is declared here.
 */
interface ImportMeta {
  glob<T = unknown>(pattern: string | readonly string[], options: { eager: true; query?: string; import?: string }): Record<string, T>;
}
