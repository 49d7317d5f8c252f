package org.talentflow.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests the server answers. The Host header must name the server by one of its names: localhost,
 * 127.0.0.1, [::1], the address it listens on, or a name given with --allowed-host (a page of another site whose
 * name was made to point here, DNS rebinding, sends its own name and is refused). A request that changes something
 * must come from the server's own pages: a browser says where a request comes from (Sec-Fetch-Site, else Origin),
 * and a request from another site is refused; a request that says neither comes from a program, not a browser
 * page, and is let through (as curl's).
 */
final class HostCheck {
  private final Set<String> names = new LinkedHashSet<>();

  HostCheck(String bindHost, Set<String> allowed) {
    names.add("localhost");
    names.add("127.0.0.1");
    names.add("[::1]");
    if (!isWildcard(bindHost)) {
      names.add(normalize(bindHost));
    }
    allowed.forEach(a -> names.add(normalize(a)));
  }

  /** Whether an address means every address of the machine. */
  static boolean isWildcard(String host) {
    String h = host.strip();
    return h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]") || h.equals("0:0:0:0:0:0:0:0");
  }

  /** A host name as compared: lower case, no trailing dot, an IPv6 address in brackets. */
  static String normalize(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]"; // a bare IPv6 address
    }
    return h;
  }

  /** The host name of a Host header (its port left out), normalized; null when there is none. */
  static String hostOf(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String h = header.strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? null : normalize(h.substring(0, end + 1));
    }
    int colon = h.indexOf(':');
    return normalize(colon < 0 ? h : h.substring(0, colon));
  }

  String describe() {
    return String.join(", ", names);
  }

  /** Why a request with this Host header is refused, or null when it is one of the server's names. */
  String refusal(String hostHeader) {
    String h = hostOf(hostHeader);
    if (h == null) {
      return "a request must name the host it is for (Host header)";
    }
    if (names.contains(h)) {
      return null;
    }
    return "this server does not answer to the host name '" + (h.length() > 100 ? h.substring(0, 100) : h)
        + "' (serve --allowed-host NAME adds a name)";
  }

  /** Why a state-changing request is refused as coming from another site, or null when it may go on. */
  String crossSiteRefusal(String secFetchSite, String origin, String hostHeader) {
    if (secFetchSite != null) {
      String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
      return site.equals("same-origin") || site.equals("none") ? null
          : "cross-site request refused: only this server's own pages may change the store (Sec-Fetch-Site: " + site
              + ")";
    }
    if (origin == null) {
      return null; // no browser sent it
    }
    try {
      URI o = new URI(origin.strip());
      String authority = o.getRawAuthority();
      if (authority != null && hostHeader != null && authority.equalsIgnoreCase(hostHeader.strip())
          && ("http".equalsIgnoreCase(o.getScheme()) || "https".equalsIgnoreCase(o.getScheme()))) {
        return null;
      }
    } catch (URISyntaxException e) {
      // not an origin: refused below
    }
    return "cross-site request refused: only this server's own pages may change the store (Origin: "
        + (origin.length() > 100 ? origin.substring(0, 100) : origin) + ")";
  }
}
