import { join } from "node:path";
import { startNodeProcess } from "./processes";
import { Supervisor } from "./supervisor";

const SCRIPT = join(__dirname, "fixtures", "flaky-service.js");
const policy = { maxCrashes: 3, windowMs: 60_000, initialDelayMs: 50, maxDelayMs: 200 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (boundedly) for a condition that the supervisor makes true. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i += 1) await sleep(50);
}

let errors: jest.SpyInstance;
beforeEach(() => {
  // The supervised processes' own output is prefixed and copied to ours: keep the test log clean.
  jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  errors = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
});
const wrote = (text: string) => errors.mock.calls.some(([chunk]) => String(chunk).includes(text));
afterEach(() => jest.restoreAllMocks());

describe("Supervisor", () => {
  it("restarts a process killed by a signal, says why, and leaves the others running", async () => {
    const log: string[] = [];
    const gaveUp: string[] = [];
    const supervisor = new Supervisor((name) => gaveUp.push(name), policy, (line) => log.push(line));
    const start = (name: string) => () => startNodeProcess(name, SCRIPT, { ...process.env, PORT: "1234", FLAKY_LIFE_MS: "" });
    const victim = start("victim")();
    const other = start("other")();
    await Promise.all([victim.ready, other.ready]);
    supervisor.watch("victim", victim, start("victim"));
    supervisor.watch("other", other, start("other"));
    await until(() => wrote("[victim] flaky: something went wrong"));
    victim.child.kill("SIGKILL");
    await until(() => log.some((line) => line.startsWith("victim is back")));
    try {
      expect(log[0]).toMatch(/^victim was killed by signal SIGKILL after [\d.]+ s; its last error output:\n {4}flaky: something went wrong/);
      expect(log[1]).toMatch(/^restarting victim in 0\.1 s \(crash 1; after 3 within 60 s Prisme stops\)/);
      expect(log.some((line) => /^victim is back \(http:\/\/127\.0\.0\.1:1234\/, pid \d+\)/.test(line))).toBe(true);
      expect(other.child.exitCode).toBeNull();
      expect(gaveUp).toEqual([]);
    } finally {
      await supervisor.stopAll();
    }
    expect(other.child.signalCode ?? other.child.exitCode).not.toBeNull();
  });

  it("gives up on a process that keeps crashing, and says after how many crashes", async () => {
    const log: string[] = [];
    const gaveUp: string[] = [];
    const supervisor = new Supervisor((name) => gaveUp.push(name), policy, (line) => log.push(line));
    const start = () => startNodeProcess("crashy", SCRIPT, { ...process.env, PORT: "1235", FLAKY_LIFE_MS: "100", FLAKY_EXIT_CODE: "3" });
    const first = start();
    await first.ready;
    supervisor.watch("crashy", first, start);
    await until(() => gaveUp.length > 0);
    expect(gaveUp).toEqual(["crashy"]);
    expect(log.filter((line) => line.startsWith("crashy exited with code 3"))).toHaveLength(3);
    expect(log.filter((line) => line.startsWith("restarting crashy")).map((line) => line.split(" ")[3])).toEqual(["0.1", "0.1"]);
    expect(log[log.length - 1]).toBe("crashy crashed 3 times within 60 s: giving up, stopping everything. Fix the cause above and start again.");
    await supervisor.stopAll();
  });
});
