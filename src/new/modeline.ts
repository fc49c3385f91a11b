// The first line of a plan: `# yaml-language-server: $schema=<path>` lets VS Code check the plan
// as it is typed. The path must exist from the plan's folder: in a district repository that is the
// installed package's copy under node_modules/, otherwise the schema of the cssp that is running.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageFile, packageName } from '../version.js';

export const MODELINE = /^# yaml-language-server: \$schema=.*$/m;

export function schemaModeline(planDir: string, root: string): string {
  const installed = join(root, 'node_modules', packageName(), 'schemas', 'plan.schema.json');
  const schema = existsSync(installed) ? installed : packageFile('schemas/plan.schema.json');
  return `# yaml-language-server: $schema=${relative(planDir, schema).split('\\').join('/')}`;
}
