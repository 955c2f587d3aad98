// A stand-in LMS for the browser tests: a tiny static server on loopback that serves unzipped SCORM
// packages from deep paths (as an LMS does) and a host page where scorm-again's Scorm12API — an LMS-side
// run-time written independently of this project — is the window.API the package finds.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ogg': 'audio/ogg',
};

/** The folder packages are served from: deep, like an LMS's file area. */
const contentFolder = '/mod/scorm/content/42/';

/** Where a package is served. */
export const packagePath = (name: string) => `${contentFolder}${name}/`;

/** The LMS's page: creates the API (with the learner and any saved state), logs what the package sends. */
function hostPage(query: URLSearchParams): string {
  const name = query.get('package') ?? '';
  const cmi = query.get('cmi') ?? '{}';
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>LMS de test</title>
  <link rel="icon" href="data:,">
  <script src="/scorm-again/scorm12.js"></script>
  <script>
    window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    window.API.loadFromJSON(${JSON.stringify(JSON.parse(cmi))});
    window.lmsLog = [];
    window.API.on('LMSSetValue.cmi.*', function (element, value) { window.lmsLog.push([element, value]); });
    window.API.on('LMSCommit', function () { window.lmsLog.push(['LMSCommit', '']); });
    window.API.on('LMSFinish', function () { window.lmsLog.push(['LMSFinish', '']); });
  </script>
</head>
<body>
  <h1>LMS de test</h1>
  <iframe title="Activité SCORM" src="${packagePath(name)}scorm.html" style="width: 100%; height: 1400px; border: 0"></iframe>
</body>
</html>`;
}

/** Starts the stand-in LMS on 127.0.0.1:port, serving the packages unzipped under `root/<name>/`. */
export function startLmsHost(root: string, port: number): Promise<Server> {
  const scormAgain = resolve('node_modules/scorm-again/dist/scorm12.js');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'Content-Type': type });
      response.end(body);
    };
    if (url.pathname === '/host.html') return send(200, types['.html'] as string, hostPage(url.searchParams));
    let file: string | undefined;
    if (url.pathname === '/scorm-again/scorm12.js') file = scormAgain;
    if (url.pathname.startsWith(contentFolder)) {
      const relative = normalize(decodeURIComponent(url.pathname.slice(contentFolder.length)));
      if (!relative.startsWith('..')) file = join(root, relative);
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) return send(404, 'text/plain', 'not found');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveStart(server));
  });
}
