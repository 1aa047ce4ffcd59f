/**
 * `npm run db:start | db:stop | db:status | db:reset`: the local Neo4j by hand. `start` runs it in the
 * foreground (Ctrl-C stops it); `stop` ends one started elsewhere (pid file in the data directory); `reset`
 * deletes the data directory of a stopped local Neo4j.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { readDbConfig } from "../server/db/index.ts";
import { isAppError } from "../server/errors/index.ts";
import { runningLocalNeo4jPid, startLocalNeo4j } from "./local-neo4j.ts";

const command = process.argv[2] ?? "start";
const config = readDbConfig();
const runningPid = () => runningLocalNeo4jPid(config.dataDir);

try {
  switch (command) {
    case "start": {
      const neo4j = await startLocalNeo4j({
        boltPort: config.boltPort,
        dataDir: config.dataDir,
        password: config.password,
        heap: config.heap,
        pageCache: config.pageCache,
        log: (line) => console.log(line),
      });
      console.log(
        `Connect with NEO4J_URI=${neo4j.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=<NEO4J_PASSWORD, default it4it-local>. Ctrl-C stops it.`,
      );
      const stop = () => void neo4j.stop().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      break;
    }
    case "stop": {
      const pid = runningPid();
      if (pid === undefined) console.log(`No local Neo4j is running from ${config.dataDir}.`);
      else {
        process.kill(pid, "SIGTERM");
        console.log(`Stopping the local Neo4j (pid ${pid}).`);
      }
      break;
    }
    case "status": {
      const pid = runningPid();
      console.log(
        pid === undefined ? "stopped" : `running (pid ${pid}) on bolt://127.0.0.1:${config.boltPort}`,
      );
      break;
    }
    case "reset": {
      if (runningPid() !== undefined) {
        console.error("The local Neo4j is running: stop it first (npm run db:stop).");
        process.exitCode = 1;
        break;
      }
      rmSync(resolve(config.dataDir), { recursive: true, force: true });
      console.log(
        `Deleted ${config.dataDir}. The next start creates an empty database (npm start loads the demo).`,
      );
      break;
    }
    default:
      console.error(`Unknown command "${command}": use start, stop, status or reset.`);
      process.exitCode = 1;
  }
} catch (error) {
  console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
  process.exitCode = 1;
}
