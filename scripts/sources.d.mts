// Types for the generator modules that TypeScript code imports (test/generated-drift.test.ts).
declare module '*/types-source.mjs' {
  export function generateTypes(): Promise<string>;
}
