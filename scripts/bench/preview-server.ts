// Starts `vite preview` on port 4174 (the e2e tests use 4173) over the benchmark's copy of dist/, and stops
// it again: by its process-group id, on success, on error and when the benchmark is interrupted.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const benchPort = 4174;
export const benchUrl = `http://127.0.0.1:${benchPort}`;

export interface PreviewServer {
  url: string;
  stop: () => void;
}

export async function startPreview(root: string, outDir: string, timeoutMs = 30_000): Promise<PreviewServer> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    vite,
    'preview',
    '--configLoader',
    'runner',
    '--host',
    '127.0.0.1',
    '--port',
    String(benchPort),
  ];
  args.push('--strictPort', '--outDir', outDir);
  // detached: the server gets its own process group, so stopping it also stops anything it spawned.
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = () => {
    process.off('exit', stop);
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  };
  process.on('exit', stop);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited early (port ${benchPort} in use?):\n${output}`);
    try {
      const response = await fetch(`${benchUrl}/`);
      if (response.ok) return { url: benchUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`vite preview did not answer on ${benchUrl} within ${timeoutMs} ms:\n${output}`);
}
