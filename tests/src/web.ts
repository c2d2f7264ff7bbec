import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const WEB_DIR = join(__dirname, "..", "..", "web");

export interface RunningWeb {
  /** The site's origin, e.g. http://127.0.0.1:39123 (no trailing slash). */
  url: string;
  stop(): Promise<void>;
}

/**
 * The built web front end (web/.next, served by web/dist/scripts/serve.js) on a free port,
 * querying the given gateway: the site as `npm start` runs it.
 */
export async function startWeb(gatewayUrl: string, env: NodeJS.ProcessEnv = {}): Promise<RunningWeb> {
  const server = join(WEB_DIR, "dist", "scripts", "serve.js");
  if (!existsSync(server) || !existsSync(join(WEB_DIR, ".next", "BUILD_ID"))) {
    throw new Error("The web front end is not built: run `npm run build` (or `npm run build -w @prisme/web`) before the browser tests.");
  }
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, PORT_WEB: "0", HOST: "127.0.0.1", PRISME_GATEWAY_URL: gatewayUrl, PRISME_SITE_URL: "http://prisme.test", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await readyUrl(child);
  return {
    url: url.replace(/\/$/, ""),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Waits for the server's {"msg":"web ready","url":…} line; fails with its output if it exits first. */
function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split("\n")) {
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === "web ready" && entry.url) return resolve(entry.url);
        } catch {
          // not a JSON line
        }
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the web server exited with code ${code} before it was ready:\n${output}`)));
  });
}
