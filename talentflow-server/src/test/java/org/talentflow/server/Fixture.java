package org.talentflow.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    store = Store.open(dir.resolve("web.db").toString());
    ingest(samples());
    ingest(samples().resolveSibling("examples"));
    server = WebServer.start(store, () -> PIPELINE, new WebServer.Options("127.0.0.1", 0, readOnly, maxUpload));
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
    String boundary = "----talentflow" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    for (Path f : files) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
          + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(f));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/ingest"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
