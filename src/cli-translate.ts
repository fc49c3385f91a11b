// Commander wiring of `cssp translate` and its subcommands (kept out of cli.ts, which wires the
// rest). Each subcommand's module is imported when it runs.
import type { Command } from 'commander';
import type { TranslateExtractOptions, TranslateImportOptions } from './commands/translate.js';
import type { Io } from './io/std.js';

export function addTranslateCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const translate = program
    .command('translate')
    .summary('family-edition translations, as XLIFF')
    .description("Translations of each school's family edition, made by people in their own tools (Crowdin, Weblate, Phrase, a translation agency): extract writes XLIFF 2.0 with every string the family edition prints from the plan and the district config, each with the hash of its English; import stores the translated file in the district folder (translations/<year>/<site>.<lang>.yaml). When the English changes, its translation is stale and the family edition prints the English with a note until it is translated again.");
  translate
    .command('extract')
    .summary('write XLIFF 2.0 for one school and language')
    .description('Write XLIFF 2.0 for one school and language: every string the family edition (and the meeting notice) prints from the plan and the config, each with the hash of its English; strings already translated from today\'s English go out as targets.')
    .argument('[plan]', 'the plan file')
    .option('--site <id>', 'the site id, instead of a plan file')
    .option('--year <school-year>', 'with --site: the school year (default: the newest)')
    .requiredOption('--lang <language>', 'the target language, for example es')
    .option('-o, --output <file>', 'the XLIFF file to write (default: out/<site>-<year>-family.<lang>.xlf)')
    .option('--root <dir>', 'the district folder holding cssp.config.yaml')
    .action(async (plan: string | undefined, opts: TranslateExtractOptions) => {
      const { runTranslateExtract } = await import('./commands/translate.js');
      setCode(await runTranslateExtract(plan, opts, io));
    });
  translate
    .command('import')
    .description("store a translated XLIFF file in the district folder")
    .argument('<file>', 'the translated .xlf file')
    .option('--reviewed', 'a native speaker has reviewed every unit')
    .option('--translator <name>', 'who translated it (kept in the file)')
    .option('-o, --output <file>', 'where to write the translation (default: translations/<year>/<site>.<lang>.yaml)')
    .option('--root <dir>', 'the district folder holding cssp.config.yaml')
    .action(async (file: string, opts: TranslateImportOptions) => {
      const { runTranslateImport } = await import('./commands/translate.js');
      setCode(await runTranslateImport(file, opts, io));
    });
}
