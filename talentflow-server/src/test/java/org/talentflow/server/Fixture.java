package org.talentflow.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.Pipeline;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;
import org.talentflow.store.Store;

/**
 * A server on a random local port over a store holding the project's sample corpus and its examples (articles of
 * our own about OpenAI's departures, with titles, URLs and dates).
 */
final class Fixture implements AutoCloseable {
  static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin());
  final Store store;
  final WebServer server;
  final HttpClient http = HttpClient.newHttpClient();

  Fixture(Path dir, boolean readOnly, long maxUpload) {
    this(dir, new WebServer.Options("127.0.0.1", 0, readOnly, maxUpload));
  }

  Fixture(Path dir, WebServer.Options options) {
    this(sqlite(dir), options);
  }

  private static String sqlite(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir.resolve("web.db").toString();
  }

  /** A server over the store at this URL (a SQLite file or a PostgreSQL database). */
  Fixture(String storeUrl, WebServer.Options options) {
    store = Store.open(storeUrl);
    ingest(samples());
    ingest(samples().resolveSibling("examples"));
    server = WebServer.start(store, () -> PIPELINE, options);
  }

  static Path samples() {
    Path here = Path.of("").toAbsolutePath();
    Path root = here.getFileName().toString().equals("talentflow-server") ? here.getParent() : here;
    return root.resolve("samples");
  }

  void ingest(Path path) {
    new DocumentReader(DocumentReader.Options.defaults()).read(List.of(path), new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        store.add(PIPELINE.analyze(doc));
      }

      @Override
      public void problem(ReadProblem problem) {
        throw new IllegalStateException(problem.toString());
      }
    });
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).method(method, HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** POSTs files as multipart/form-data under the field "files". */
  HttpResponse<String> upload(Path... files) throws IOException, InterruptedException {
    Map<String, byte[]> named = new LinkedHashMap<>();
    for (Path f : files) {
      named.put(f.getFileName().toString(), Files.readAllBytes(f));
    }
    return upload(Map.of(), List.copyOf(named.entrySet()));
  }

  /** POSTs files (name, content; names may repeat) as multipart/form-data under "files", with these headers. */
  HttpResponse<String> upload(Map<String, String> headers, List<Map.Entry<String, byte[]>> files)
      throws IOException, InterruptedException {
    String boundary = "----talentflow" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> f : files) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
          + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post("multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
  }

  /** POSTs a body of this content type to /api/ingest with these headers. */
  HttpResponse<String> post(String contentType, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/ingest")).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Sends one request as written (the HTTP client will not send a Host header of our choosing) and returns the
   * status line and everything after it.
   */
  String raw(String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
