// Who may import whom in src/, from the bottom up. A module imports only its own layer's folder
// and the layers below it; features (one folder per user task) never import each other; nothing
// imports a command or the CLI wiring. eslint.config.js turns this into import-x rules, and
// test/architecture/layering.test.ts shows a wrong import and a cycle failing `npm run lint`.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** Each layer: its folders (or top-level files) under src/. Lower layers first. */
export const LAYERS = [
  { name: 'base', paths: ['util', 'diagnostic.ts', 'errors.ts', 'version.ts'] },
  { name: 'plan', paths: ['plan'] },
  // The law as dated data: what each requirement is and when it applies.
  { name: 'law', paths: ['law'] },
  { name: 'edition and formats', paths: ['edition', 'format'] },
  { name: 'rules', paths: ['rules'] },
  { name: 'check', paths: ['check'] },
  { name: 'diff', paths: ['diff'] },
  { name: 'district', paths: ['district'] },
  { name: 'io', paths: ['io'] },
  // Features: none may import another (what two of them share moves down a layer).
  { name: 'features', paths: ['drill', 'new', 'init', 'status', 'distribute', 'import', 'render', 'edit', 'export', 'translate'], isolated: true },
  { name: 'commands', paths: ['commands'] },
  { name: 'cli', paths: ['cli.ts', 'cli-director.ts', 'cli-drill.ts', 'cli-translate.ts', 'cli-help.ts', 'main.ts'] },
];

/** Packages with side effects on the machine, and the only folders that may load them. */
export const GUARDED_PACKAGES = [
  { name: 'puppeteer-core', allowed: ['render'] },
  { name: 'pdf-lib', allowed: ['render'] },
  { name: 'handlebars', allowed: ['render'] },
  { name: '@inquirer/prompts', allowed: ['io'] },
  { name: 'simple-git', allowed: ['io'] },
  { name: 'mammoth', allowed: ['import'] },
];

const src = (p) => `./src/${p}`;

/** import-x/no-restricted-paths zones: each layer's folders may not import any higher layer, or (features) each other. */
export function layerZones() {
  const zones = [];
  LAYERS.forEach((layer, i) => {
    const above = LAYERS.slice(i + 1).flatMap((l) => l.paths);
    for (const target of layer.paths) {
      if (above.length) {
        zones.push({ target: src(target), from: above.map(src), message: `${layer.name} is below these; move what both need down a layer.` });
      }
      if (layer.isolated) {
        const others = layer.paths.filter((p) => p !== target);
        zones.push({ target: src(target), from: others.map(src), message: 'Features do not import each other; move what both need down to plan/, district/ or io/.' });
      }
    }
  });
  return zones;
}

/** Folders that are pure: they read data they are given, never the disk, the network or a process. */
const PURE = ['rules', 'edition', 'law'];
const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http'];

/**
 * Reading and writing file contents goes through one reader (util/files.ts: regular files, a size
 * limit, inside the district when the path comes from a plan) and one writer (plan/write.ts:
 * atomic, through links, all or nothing). The parse cache (check/cache-file.ts) is cssp's own file,
 * written and mapped block by block, and keeps its own.
 */
const FS_CONTENT = ['readFileSync', 'writeFileSync', 'appendFileSync', 'copyFileSync', 'renameSync', 'openSync', 'createReadStream', 'createWriteStream', 'readFile', 'writeFile', 'appendFile', 'copyFile', 'rename', 'open', 'promises'];
export const FS_OWNERS = ['src/util/files.ts', 'src/plan/write.ts', 'src/check/cache-file.ts'];
const fsContent = ['fs', 'node:fs'].map((name) => ({
  name, importNames: FS_CONTENT,
  message: 'Read files with util/files.ts (readRegularFile, readText) and write them with plan/write.ts (writeFileAtomic, writeFilesAtomic, moveFile, appendFileText).',
}));

/** no-restricted-imports for `folder`: the guarded packages it may not load, and IO in a pure folder. */
const guarded = (folder, ownsFs = false) => ({
  paths: [
    ...GUARDED_PACKAGES.filter((p) => !p.allowed.includes(folder)).map((p) => ({ name: p.name, message: `Only ${p.allowed.join(', ')}/ may load ${p.name}.` })),
    ...(PURE.includes(folder) ? IO_MODULES.map((name) => ({ name, message: `${folder}/ is pure: it is given what it reads (the check does the reading).` })) : ownsFs ? [] : fsContent),
    ...(PURE.includes(folder) ? [] : ['fs/promises', 'node:fs/promises'].map((name) => ({ name, message: fsContent[0].message }))),
  ],
  patterns: [
    ...(PURE.includes(folder) ? [{ regex: '/(plan/(discover|write|read-plan)|io/.*)\\.js$', message: `${folder}/ is pure: these read or write files.` }] : []),
    // A rule reads the plan through plan/ helpers, never another rule (index.ts lists them all).
    ...(folder === 'rules' ? [{ group: ['./*', '!./types.js', '!./shared'], message: 'A rule does not import another rule; share the logic through plan/, law/ or rules/shared/.' }] : []),
  ],
});

/** The flat-config blocks for `root`/src/: the layering, no import cycles, the guarded packages. */
export function layeringConfigs(root) {
  const folders = LAYERS.flatMap((l) => l.paths).filter((p) => !p.endsWith('.ts'));
  return [
    {
      files: ['src/**/*.ts'],
      plugins: { 'import-x': importX },
      settings: {
        // Our imports name the built .js file; the source is the .ts beside it.
        'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
        'import-x/extensions': ['.ts', '.js'],
      },
      rules: {
        'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones() }],
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
        'no-restricted-imports': ['error', guarded('')],
      },
    },
    ...folders.map((folder) => ({ files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', guarded(folder)] } })),
    { files: ['src/rules/index.ts'], rules: { 'no-restricted-imports': ['error', guarded('')] } },
    ...FS_OWNERS.map((file) => ({ files: [file], rules: { 'no-restricted-imports': ['error', guarded(file.split('/')[1], true)] } })),
  ];
}
