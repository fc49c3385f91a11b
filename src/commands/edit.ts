// cssp edit: one plan in a form in the browser, checked as it is typed, saved as the same YAML.
// Runs until Ctrl+C, or until the page has been closed for a while (it pings while open).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { commitPlanFile } from '../io/commit-plan-file.js';
import { districtOfPlan, openDistrictFrom, type District } from '../district/open.js';
import { placeOf, planPath } from '../plan/paths.js';
import { yearFolders } from '../district/years.js';
import { today } from '../util/iso-date.js';
import { drillFromForm } from '../edit/drill.js';
import { editorMeta } from '../edit/meta.js';
import { startEditor } from '../edit/server.js';
import { EditSession } from '../edit/session.js';

export interface EditOptions {
  site?: string;
  year?: string;
  open?: boolean;
  port?: string;
  root?: string;
}

/** Closed this long (no ping from the page), the editor stops. */
const IDLE_MS = 90_000;

export async function runEdit(planArg: string | undefined, opts: EditOptions, io: Io, signals: NodeJS.EventEmitter = process): Promise<number> {
  const given = planArg === undefined ? undefined : resolve(io.cwd, planArg);
  if (given && opts.site) throw new UsageError('Give a plan file or --site, not both.');
  const district = given && !opts.root ? districtOfPlan(given, io.cwd) : openDistrictFrom(opts.root, io.cwd, 'Run cssp edit inside your district folder, or pass --root DIR.');
  if (!district) throw new ConfigError('cssp edit needs the district folder (cssp.config.yaml) the plan belongs to.', 'Run it inside your district folder, or pass --root DIR.');
  const file = given ?? planOf(district, opts);
  if (!existsSync(file)) throw new UsageError(`There is no plan at ${relative(io.cwd, file)}.`, 'Start one with `cssp new`.');
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, like 4321; got ${opts.port}.`);
  const shown = relative(district.root, file);
  const session = new EditSession(file, district, today);
  const year = placeOf(file).folderYear ?? '';
  const editor = await startEditor({
    session, root: district.root, meta: editorMeta(district, shown),
    drill: (answers) => drillFromForm(answers, district.config, today(), year),
    commit: (message) => commitPlanFile(file, message, 'the plan is saved'),
  }, port);
  io.stderr(`Editing ${shown} at\n  ${editor.url}\nOnly this computer can open it (the address holds a one-time key). Press Ctrl+C to stop.\n`);
  if (opts.open !== false) openBrowser(editor.url);
  await new Promise<void>((done) => {
    const timer = setInterval(() => editor.idleFor() > IDLE_MS && finish('The editor page was closed, so cssp edit stopped.'), 5_000);
    const finish = (why: string) => {
      clearInterval(timer);
      signals.removeListener('SIGINT', onSigint);
      io.stderr(`${why}\n`);
      editor.server.close();
      editor.server.closeAllConnections();
      done();
    };
    const onSigint = () => finish('Stopped.');
    signals.once('SIGINT', onSigint);
  });
  return 0;
}

function planOf(district: District, opts: EditOptions): string {
  const site = opts.site ? district.config.sites.find((s) => s.id === opts.site) : district.config.sites.filter((s) => s.active !== false).length === 1 ? district.config.sites[0] : undefined;
  if (!site) throw new UsageError('Name a plan file, or a site with --site ID.', `Sites: ${district.config.sites.map((s) => s.id).join(', ')}. For example: cssp edit --site ${district.config.sites[0]?.id ?? 'lincoln-elementary'}`);
  const years = yearFolders(resolve(district.root, district.plansDir));
  const year = opts.year ?? [...years].reverse().find((y) => existsSync(resolve(district.root, planPath(district.plansDir, y, site.id))));
  if (!year) throw new UsageError(`${site.name} has no plan yet.`, `Start it with \`cssp new --site ${site.id}\`.`);
  return resolve(district.root, planPath(district.plansDir, year, site.id));
}

/** The system's way to open a URL; when it fails, the printed URL is there to copy. */
function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // the URL is printed
  }
}
