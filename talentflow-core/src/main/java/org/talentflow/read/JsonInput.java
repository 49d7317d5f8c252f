package org.talentflow.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader.Opener;
import org.talentflow.read.DocumentReader.Options;
import org.talentflow.read.DocumentReader.Sink;

/**
 * Documents given as JSON records ({@code {"id","url","published","title","text"}}): JSON lines streamed line by line,
 * their charset detected once for the whole file, and a JSON array of records streamed element by element. A record
 * without a usable text or id is a problem of its own line or element; a field of the wrong type that can be left out
 * (an unreadable date, a title that is no string) is a warning, and the record is delivered all the same.
 */
final class JsonInput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Options options;

  JsonInput(Options options) {
    this.options = options;
  }

  /** A file holding one JSON array of records, streamed element by element. */
  int readJsonArray(String source, String fileName, Opener content, Sink sink) {
    int count = 0;
    try (InputStream in = content.open();
        JsonParser p = JSON.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        sink.problem(new ReadProblem(source, "not JSON lines or a JSON array of records"));
        return 0;
      }
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        index++;
        String where = source + "[" + index + "]";
        JsonNode node = JSON.readTree(p);
        try {
          List<String> warnings = new ArrayList<>();
          SourceDocument doc = record(node, where, fileName, warnings);
          warnings.forEach(w -> sink.warning(new ReadProblem(where, w)));
          sink.document(doc);
          count++;
        } catch (ReadException e) {
          sink.problem(new ReadProblem(where, e.getMessage()));
        }
      }
    } catch (JsonProcessingException e) {
      sink.problem(new ReadProblem(source, "invalid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + e.getMessage()));
    }
    return count;
  }

  /** A JSON-lines file: its charset detected once, then line by line, with progress every 64 lines. */
  int readJsonLines(String source, String fileName, Opener content, Sink sink, long doneBefore, long total) {
    Charset charset;
    try {
      charset = TextDecoder.detectStream(content);
    } catch (ReadException e) {
      sink.problem(new ReadProblem(source, e.getMessage()));
      return 0;
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + DocumentReader.reason(e)));
      return 0;
    }
    int count = 0;
    long lineNo = 0;
    long read = 0;
    try (InputStream in = new BufferedInputStream(content.open(), 1 << 16)) {
      LineReader lines = new LineReader(in, options.maxDocumentBytes());
      byte[] line;
      while ((line = lines.next()) != null) {
        lineNo++;
        read += lines.lastLength();
        count += line(source, fileName, lineNo, line, lines.lastTooLong(), charset, sink);
        if (lineNo % 64 == 0) {
          sink.progress(doneBefore + read, total);
        }
      }
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + DocumentReader.reason(e)));
    }
    if (lineNo == 0) {
      sink.problem(new ReadProblem(source, "empty file"));
    }
    return count;
  }

  /** One line of a JSON-lines file: 1 when it gave a document. */
  int line(String source, String fileName, long lineNo, byte[] line, boolean tooLong, Charset charset,
      Sink sink) {
    String where = source + ":" + lineNo;
    byte[] content = lineNo == 1 ? withoutBom(line) : line;
    if (tooLong) {
      sink.problem(new ReadProblem(where, String.format(Locale.ROOT, "line too long: over %.1f MB",
          options.maxDocumentBytes() / 1048576.0)));
      return 0;
    }
    if (isBlank(content)) {
      return 0;
    }
    try {
      List<String> warnings = new ArrayList<>();
      SourceDocument doc = record(content, charset, where, fileName, warnings);
      warnings.forEach(w -> sink.warning(new ReadProblem(where, w)));
      sink.document(doc);
      return 1;
    } catch (ReadException e) {
      sink.problem(new ReadProblem(where, e.getMessage()));
      return 0;
    }
  }

  private static byte[] withoutBom(byte[] line) {
    if (line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      return Arrays.copyOfRange(line, 3, line.length);
    }
    return line;
  }

  private SourceDocument record(byte[] line, Charset charset, String where, String fileName, List<String> warnings)
      throws ReadException {
    TextDecoder.Decoded decoded = TextDecoder.decodeLine(line, charset);
    if (decoded.invalidSequences() > 0) {
      warnings.add(DocumentReader.replaced(decoded));
    }
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      throw new ReadException("invalid JSON: " + e.getOriginalMessage(), e);
    }
    return record(node, where, fileName, warnings);
  }

  private SourceDocument record(JsonNode node, String where, String fileName, List<String> warnings)
      throws ReadException {
    if (node == null || !node.isObject()) {
      throw new ReadException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new ReadException("missing \"text\"");
    }
    if (!text.isTextual()) {
      throw new ReadException("\"text\" is " + typeOf(text) + ", not a string");
    }
    if (text.asText().isBlank()) {
      throw new ReadException("empty \"text\"");
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      throw new ReadException("missing \"id\"");
    }
    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
      throw new ReadException("\"id\" is " + typeOf(idNode) + ", not a string or an integer");
    }
    String id = idNode.asText();
    if (id.isBlank()) {
      throw new ReadException("empty \"id\"");
    }
    LocalDate published = null;
    JsonNode date = node.get("published");
    if (date != null && !date.isNull()) {
      if (!date.isTextual()) {
        warnings.add("\"published\" is " + typeOf(date) + " (" + date + "), not a date string: stored with an"
            + " unknown date");
      } else {
        try {
          published = PublicationDates.parseField(date.asText());
        } catch (IllegalArgumentException e) {
          warnings.add("\"published\": " + e.getMessage() + ": stored with an unknown date");
        }
      }
    }
    String title = optionalString(node, "title", warnings);
    String url = optionalString(node, "url", warnings);
    String body = text.asText();
    published = options.publishedFor(fileName + "#" + id, id, published, body);
    return new SourceDocument(id, where, url, title, published, body);
  }

  private static String optionalString(JsonNode node, String field, List<String> warnings) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      warnings.add("\"" + field + "\" is " + typeOf(v) + ", not a string: left out");
      return null;
    }
    return v.asText();
  }

  /** A JSON value's type as a sentence names it: "a number", "an object". */
  private static String typeOf(JsonNode v) {
    return switch (v.getNodeType()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case BINARY -> "binary data";
      case NULL, MISSING -> "null";
    };
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
