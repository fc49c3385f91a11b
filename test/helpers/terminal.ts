// A command on a pseudo-terminal (`script` from util-linux), to drive the real prompts: each answer
// is typed only once its question is on the screen, never after a fixed sleep.
import { spawn } from 'node:child_process';

export function terminal(cwd: string, command: string, env: Record<string, string> = {}) {
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120', ...env } });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  // Colour and cursor escapes (ESC [ ... letter) removed, so the text reads as on the screen.
  const plain = () => screen.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
  const waitFor = async (text: string, from = 0) => {
    for (let i = 0; i < 400; i++) {
      const at = plain().indexOf(text, from);
      if (at >= 0) return at;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`"${text}" never appeared. Screen:\n${plain()}`);
  };
  const type = (keys: string) => child.stdin.write(keys);
  /** A conversation: for each [text, keys], wait for the text (after the previous one), then type. */
  const converse = async (steps: readonly (readonly [string, string])[]) => {
    let at = 0;
    for (const [text, keys] of steps) {
      at = await waitFor(text, at);
      type(keys);
    }
    return at;
  };
  return { waitFor, type, converse, exited, plain };
}
