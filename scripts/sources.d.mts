// Types for the generator modules the drift tests import.
declare module '*/types-source.mjs' {
  export function generateTypes(): Promise<string>;
}
declare module '*/validators-source.mjs' {
  export function generateValidators(): string;
}
