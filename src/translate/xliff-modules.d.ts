// The `xliff` package ships no type declarations: the two functions cssp calls, as documented in its README.
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: string; target: string; note?: string }>> }): Promise<string>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<{ sourceLanguage?: string; targetLanguage?: string; resources?: Record<string, Record<string, { source?: unknown; target?: unknown; note?: unknown }>> }>;
}
