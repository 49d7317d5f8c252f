package org.talentflow.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Article text from HTML with jsoup: scripts, styles, navigation, headers, footers, forms and asides dropped, block
 * elements on lines of their own. The extracted text is the document's original text: evidence points into it.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The title and the text of a page. */
  public record Page(String title, String text) {}

  public static Page extract(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template").remove();
    String title = doc.title();
    if (title.isBlank()) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (!s.isBlank()) {
            sb.append(s);
          }
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          newline(sb);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          newline(sb);
        }
      }
    }, doc.body());
    return new Page(title, sb.toString().strip());
  }

  private static void newline(StringBuilder sb) {
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }
}
