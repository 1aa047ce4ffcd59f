package org.it4it.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.it4it.explorer.procedures.Coverage;
import org.it4it.explorer.procedures.Lineage;
import org.it4it.explorer.procedures.Provenance;
import org.it4it.explorer.procedures.TemporalText;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The explorer's local Neo4j: Neo4j Community embedded with its Bolt connector on 127.0.0.1 only, APOC core
 * loaded from the plugins directory, the explorer's own procedures (it4it.lineage, it4it.provenance,
 * it4it.coverage) registered, authentication on, no usage reporting. Prints {@code NEO4J READY <uri>} once
 * {@code RETURN apoc.version()} answers; stops cleanly on SIGINT/SIGTERM and when its parent process
 * closes stdin (so no JVM outlives the tests or the server that started it).
 *
 * <p>Arguments: {@code <boltPort> <dataDir> <pluginsDir> <pageCache>}; the password comes from the
 * NEO4J_LOCAL_PASSWORD environment variable, fixed settings from the file NEO4J_LOCAL_CONF (neo4j/neo4j.conf).
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("NEO4J FAILED usage: LocalNeo4j <boltPort> <dataDir> <pluginsDir> <pageCache>");
      System.exit(64);
    }
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    Path plugins = Path.of(args[2]).toAbsolutePath();
    String password = System.getenv().getOrDefault("NEO4J_LOCAL_PASSWORD", "it4it-local");

    Path conf = Path.of(System.getenv().getOrDefault("NEO4J_LOCAL_CONF", "neo4j.conf")).toAbsolutePath();

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(dataDir)
              .loadPropertiesFromFile(conf)
              .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(args[3]))
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
              .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
              .build();
    } catch (RuntimeException e) {
      String reason = rootMessage(e);
      if (reason.contains("Address already in use") || reason.contains("bind")) {
        System.err.println("NEO4J FAILED port " + port + " is already in use");
      } else {
        System.err.println("NEO4J FAILED " + reason);
      }
      System.exit(2);
      return;
    }
    final DatabaseManagementService service = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
    watchParent();

    setPassword(service.database("system"), password);
    GraphDatabaseService db = service.database("neo4j");
    registerProcedures(db);
    try (var tx = db.beginTx()) {
      Object version = tx.execute("RETURN apoc.version() AS v").next().get("v");
      tx.commit();
      System.out.println("APOC " + version);
    } catch (RuntimeException e) {
      System.err.println("NEO4J FAILED APOC is not available: " + rootMessage(e));
      System.exit(3);
    }
    System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
    System.out.flush();
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The explorer's own procedures (org.it4it.explorer.procedures), registered with the DBMS the way a plugin
   * jar's are; the server finds them with SHOW PROCEDURES and uses its Cypher versions where they are absent.
   */
  private static void registerProcedures(GraphDatabaseService db) {
    try {
      GlobalProcedures procedures =
          ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
      procedures.registerProcedure(Lineage.class);
      procedures.registerProcedure(Provenance.class);
      procedures.registerProcedure(Coverage.class);
      procedures.registerFunction(TemporalText.class);
    } catch (Exception e) {
      System.err.println("NEO4J FAILED could not register the explorer's procedures: " + rootMessage(e));
      System.exit(5);
    }
  }

  /** Sets the neo4j user's password (idempotent: the same password again is not an error). */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String reason = rootMessage(e);
      if (!reason.contains("Old password and new password cannot be the same")) {
        System.err.println("NEO4J FAILED could not set the password: " + reason);
        System.exit(4);
      }
    }
  }

  /** Exits (running the shutdown hook) when stdin reaches end of file: the parent process is gone. */
  private static void watchParent() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              try {
                while (in.read() != -1) {
                  // the parent never writes; any byte is ignored
                }
              } catch (IOException ignored) {
                // a broken pipe means the same as end of file
              }
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** 512m, 2g, 1024k -> bytes. */
  private static long bytes(String size) {
    String s = size.trim().toLowerCase();
    long unit =
        switch (s.charAt(s.length() - 1)) {
          case 'k' -> 1024L;
          case 'm' -> 1024L * 1024;
          case 'g' -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    String digits = Character.isDigit(s.charAt(s.length() - 1)) ? s : s.substring(0, s.length() - 1);
    return Long.parseLong(digits) * unit;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder all = new StringBuilder(String.valueOf(t.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      all.append(" / ").append(t.getMessage());
    }
    return all.toString();
  }
}
