package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.talentflow.Pipeline;
import org.talentflow.server.WebServer;
import org.talentflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Starts the web workspace and its JSON API (OpenAPI at /api/openapi.json) on the store.",
        "Listens on 127.0.0.1 unless --host says otherwise; Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin PackOptions pack;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 exposes it to the network.")
  String host;

  @Option(names = "--read-only", description = "No uploads.")
  boolean readOnly;

  @Option(names = "--max-upload", defaultValue = "50", paramLabel = "MB",
      description = "Largest upload in MB (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (maxUploadMb <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-upload must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    Store db = store.write();
    WebServer server;
    try {
      server = WebServer.start(db, () -> Pipeline.withHanlp(pack.load()),
          new WebServer.Options(host, port, readOnly, maxUploadMb * 1048576L));
    } catch (RuntimeException e) {
      db.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    out.println("talentflow workspace on http://" + host + ":" + server.port() + "/  (store " + Store.masked(store.url)
        + (readOnly ? ", read-only" : "") + "; Ctrl-C stops)");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      db.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
