import { spawn } from "node:child_process";
import { join } from "node:path";

/**
 * Runs the gateway as its own process (node dist/server.js), as in production, so that its event
 * loop is not shared with the bench's clients and subgraphs; resolves once it printed its
 * "gateway ready" line.
 */
export function spawnGateway(env: Record<string, string>): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(__dirname, "..", "server.js")], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split("\n").slice(0, -1)) {
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === "gateway ready" && entry.url) resolve({ url: entry.url, pid: child.pid!, stop });
        } catch {
          // not a JSON line
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
    });
    child.once("exit", (code) => reject(new Error(`the gateway exited with code ${code} before it was ready`)));
  });
}
