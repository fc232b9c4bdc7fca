/**
 * A throwaway PostgreSQL cluster for the parity tests: initdb into a temp directory, started
 * with pg_ctl on a Unix socket in that directory (listen_addresses = '': no TCP port is opened),
 * stopped and deleted after. PostgreSQL refuses to run as root, so under root (CI) the server
 * runs as the `postgres` user that Debian's package creates.
 *
 * When something is missing, `startPostgres` says what instead of throwing, so the tests can
 * skip with that reason.
 */
import { execFileSync } from "child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { userInfo } from "os";
import { join } from "path";
import { Client } from "pg";

export interface PostgresCluster {
  readonly client: Client;
  stop(): Promise<void>;
}

export type Started = { readonly cluster: PostgresCluster } | { readonly missing: string };

/** Directories that may hold initdb and pg_ctl: Debian's versioned ones first, newest first. */
function binDirectories(): string[] {
  const dirs: string[] = [];
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) dirs.push(join(root, v, "bin"));
  }
  dirs.push("/usr/local/bin", "/usr/bin");
  for (const p of (process.env.PATH ?? "").split(":")) if (p) dirs.push(p);
  return dirs;
}

function findBinDirectory(): string | null {
  for (const dir of binDirectories()) {
    if (existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")) && existsSync(join(dir, "postgres"))) return dir;
  }
  return null;
}

function postgresUser(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** What is missing to start a cluster here, or null when everything is (checked without starting one). */
export function postgresMissing(): string | null {
  if (findBinDirectory() === null) return "PostgreSQL server binaries (initdb, pg_ctl, postgres) in /usr/lib/postgresql/*/bin, /usr/local/bin or PATH — Debian: apt-get install postgresql";
  if (userInfo().uid === 0 && postgresUser() === null) return "a `postgres` user to run the server as (PostgreSQL refuses root) — Debian's postgresql package creates it";
  return null;
}

export async function startPostgres(): Promise<Started> {
  const missing = postgresMissing();
  if (missing !== null) return { missing };
  const bin = findBinDirectory() as string;
  const asRoot = userInfo().uid === 0;
  const owner = asRoot ? postgresUser() : null;
  const dir = mkdtempSync("/tmp/pgsql-");
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (tool: string, args: string[]): void => {
    const command = asRoot ? "runuser" : join(bin, tool);
    const full = asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    execFileSync(command, full, { stdio: "pipe", timeout: 60_000 });
  };
  const data = join(dir, "data");
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const serverOptions = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run("pg_ctl", ["-D", data, "-o", serverOptions, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { missing: `a PostgreSQL server that starts (${bin}): ${(e as Error).message.split("\n")[0]}` };
  }
  const client = new Client({ host: dir, user: "postgres", database: "postgres" });
  await client.connect();
  return {
    cluster: {
      client,
      async stop() {
        await client.end();
        try {
          run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  };
}
