package org.talentflow.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        "Listens on 127.0.0.1 unless --host says otherwise and answers only the host names it is reached by"
            + " (localhost, 127.0.0.1, [::1], the --host address, each --allowed-host); only its own pages may upload."
            + " Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin PackOptions pack;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 exposes it to the network and then"
          + " needs --allowed-host for each name clients use.")
  String host;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A host name (or address) clients reach the server by, besides localhost; repeatable.")
  List<String> allowedHosts = List.of();

  @Option(names = "--read-only", description = "No uploads (the Upload link is hidden, uploads are refused).")
  boolean readOnly;

  @Option(names = "--max-upload", defaultValue = "50", paramLabel = "MB",
      description = "Largest upload in MB (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cl = spec.commandLine();
    if (maxUploadMb <= 0 || maxUploadMb > 100_000) {
      throw new CommandLine.ParameterException(cl, "--max-upload must be between 1 and 100000 MB, not " + maxUploadMb);
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--port must be between 0 and 65535, not " + port);
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (String a : allowedHosts) {
      if (a.isBlank() || a.contains("/") || a.contains(" ")) {
        throw new CommandLine.ParameterException(cl, "--allowed-host takes a host name such as team.example.org, not '"
            + a + "'");
      }
      allowed.add(a.strip());
    }
    WebServer.Options options;
    try {
      options = new WebServer.Options(host, port, readOnly, maxUploadMb * 1048576L, allowed);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage(), e, null, host);
    }
    String noSuchAddress = missingAddress(host);
    if (noSuchAddress != null) {
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + noSuchAddress);
    }
    PrintWriter out = cl.getOut();
    Store db = store.write();
    WebServer server;
    try {
      server = WebServer.start(db, () -> Pipeline.withHanlp(pack.load()), options);
    } catch (RuntimeException e) {
      db.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + bindProblem(e), e);
    }
    out.println("talentflow workspace on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
        + "/  (store " + store.shown() + (readOnly ? ", read-only" : "") + "; Ctrl-C stops)");
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

  /** Why this machine cannot listen on the address (an unknown name, an address of another machine), or null. */
  static String missingAddress(String host) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return "no such host name or address '" + host + "'";
    }
    if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
      return null;
    }
    try {
      return NetworkInterface.getByInetAddress(address) == null
          ? "this machine has no address " + address.getHostAddress() + " (--host takes one of its own addresses,"
              + " 127.0.0.1 or 0.0.0.0)"
          : null;
    } catch (SocketException e) {
      return null; // the interfaces cannot be listed: the bind below says what is wrong
    }
  }

  /** What went wrong binding: the port in use, the address missing, or the cause's own words. */
  static String bindProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException b) {
        String m = String.valueOf(b.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("already in use")) {
          return "the port is already in use (--port picks another, 0 a free one)";
        }
        if (m.contains("assign requested address")) {
          return "this machine has no such address";
        }
        return b.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
