// talentflow workspace. Every piece of article text goes into the page as a text node (el() below), never as
// markup: an article cannot run script here, whatever it contains.
"use strict";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function link(hash, text, attrs) { return el("a", Object.assign({ href: hash }, attrs || {}), text); }
function entityLink(ent) {
  return link((ent.type === "ORG" ? "#/org/" : "#/entity/") + encodeURIComponent(ent.id), ent.name);
}
function docLink(doc, text) { return link("#/doc/" + encodeURIComponent(doc), text || doc); }

// A link that opens the article scrolled to the evidence, highlighted.
function evidenceHref(ev) { return "#/doc/" + encodeURIComponent(ev.doc) + "/" + ev.start + "-" + ev.end; }

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
}

// Nodes, or arrays of nodes at any depth: all become children of the view.
function show(...nodes) {
  const view = document.getElementById("view");
  view.replaceChildren(...nodes.flat(Infinity).filter(n => n !== null && n !== undefined));
}

function table(headers, rows, attrs) {
  return el("table", attrs || {}, el("tr", {}, headers.map(h => el("th", {}, h))),
    rows.map(r => el("tr", {}, r.map(c => el("td", {}, c)))));
}

// ECharts tooltips are HTML: names read from articles are escaped before they go in one.
function esc(s) {
  return String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function chart(id) { return el("div", { class: "chart", id }); }

function drawChart(id, option) {
  if (typeof echarts === "undefined") return null;
  const node = document.getElementById(id);
  if (!node) return null;
  const c = echarts.getInstanceByDom(node) || echarts.init(node);
  c.setOption(option, true);
  return c;
}

// One source: outlet · title · date, the evidence (opens the article at it), and the original URL when known.
function sourceLine(s) {
  const about = [s.outlet, s.title, s.published].filter(x => x).join(" · ");
  return el("div", { class: "source" },
    s.supports ? el("span", { class: "supports" }, s.supports + ": ") : null,
    link(evidenceHref(s.evidence), about || s.doc, { class: "source-link" }),
    " «", el("span", { class: "evidence-text" }, s.evidence.text), "»",
    s.url ? [" ", el("a", { href: s.url, class: "source-url", rel: "noopener noreferrer", target: "_blank" }, s.url)] : null);
}

function sourcesCell(sources) { return el("div", {}, sources.map(sourceLine)); }

// --- pages --------------------------------------------------------------------------------------------------

async function searchPage(q) {
  if (!q) {
    const orgs = await api("/api/entities?type=ORG&limit=500");
    orgs.items.sort((a, b) => b.mentions - a.mentions);
    const people = await api("/api/entities?type=PERSON&limit=500");
    people.items.sort((a, b) => b.mentions - a.mentions);
    show(el("h1", {}, "People and organizations"),
      el("p", { class: "muted" }, "Search any name, in any script: 奥特曼, 阿爾特曼, SamAltman or Altman find the same person."),
      el("h2", {}, "Organizations"), table(["Organization", "Mentions", "Aliases"],
        orgs.items.slice(0, 15).map(o => [entityLink(o), String(o.mentions), o.aliases.join(" | ")])),
      el("h2", {}, "People"), table(["Person", "Mentions", "Aliases"],
        people.items.slice(0, 30).map(p => [entityLink(p), String(p.mentions), p.aliases.join(" | ")])));
    return;
  }
  const r = await api("/api/search?q=" + encodeURIComponent(q) + "&limit=50");
  show(el("h1", {}, "Search: " + q), el("p", { id: "result-count" }, r.total + " found"),
    table(["Name", "Type", "Mentions", "Aliases"], r.items.map(e => [entityLink(e), e.type, String(e.mentions),
      e.aliases.join(" | ")])));
}

async function entityPage(id) {
  const e = await api("/api/entities/" + encodeURIComponent(id));
  if (e.entity.type === "ORG") { location.hash = "#/org/" + encodeURIComponent(id); return; }
  const events = e.timeline.filter(t => t.person.id === e.entity.id);
  show(el("h1", { id: "entity-name" }, e.entity.name),
    el("p", { class: "aliases" }, "Also written: " + e.entity.aliases.join(" | ")),
    el("p", {}, "Documents: ", e.documents.map((d, i) => [i ? ", " : "", docLink(d)])),
    el("h2", {}, "Timeline"), chart("timeline-chart"),
    table(["Time", "Event", "Organization", "Roles", "Polarity", "Sources"], events.map(t => [
      (t.time || "?") + (t.alternatives.length ? " (also " + t.alternatives.map(a => a.time).join(", ") + ")" : ""),
      t.type, t.org ? entityLink(t.org) : "-", t.roles.join("、"), t.polarity, sourcesCell(t.sources)]),
      { id: "timeline" }),
    el("h2", {}, "Spells"),
    table(["Organization", "From", "To", "Roles", "Status"], e.spells.map(s => [
      entityLink(s.org), s.start || "(before)",
      s.ending ? (s.end || "?") + " " + (s.end_type || s.ending.toUpperCase()) : "(still)", s.roles.join("、"), s.status]),
      { id: "spells" }),
    e.unplaced.length ? [el("h2", {}, "Not placed in the timeline"),
      table(["Time", "Event", "Organization", "Why", "Sources"], e.unplaced.map(u => [u.event.time || "?", u.event.type,
        u.event.org ? entityLink(u.event.org) : "-", u.reason, sourcesCell(u.event.sources)]), { id: "unplaced" })] : null);
  const types = ["FOUNDED", "JOINED", "APPOINTED", "ON_LEAVE", "SUSPENDED", "LEFT", "DISMISSED", "REINSTATED"];
  const dated = events.filter(t => t.time && /^\d{4}(-\d{2}){0,2}$/.test(t.time));
  drawChart("timeline-chart", {
    tooltip: { formatter: p => esc(p.data.label) },
    xAxis: { type: "time" }, yAxis: { type: "category", data: types },
    series: [{ type: "scatter", symbolSize: 14, data: dated.map(t => ({
      value: [t.time.length === 4 ? t.time + "-07-01" : t.time.length === 7 ? t.time + "-15" : t.time, t.type],
      label: t.type + " " + (t.org ? t.org.name : "") + " " + t.time })) }]
  });
}

function departuresTable(d) {
  return el("div", { id: "departures" },
    el("p", { id: "departures-count" }, d.count + " departure" + (d.count === 1 ? "" : "s")
      + (d.from || d.to ? " from " + (d.from || "the start") + " to " + (d.to || "now") : "")),
    table(["Person", "Role", "Date", "How", "Status", "Destination", "Sources"], d.rows.map(r => [
      entityLink(r.person), r.roles.join("、"),
      el("span", {}, (r.date || "?") + (r.other_dates.length ? " (also " + r.other_dates.join(", ") + ")" : ""),
        el("br"), el("span", { class: "muted" }, r.precision)),
      r.how, r.status + (r.back_on ? " (back " + r.back_on + ")" : ""),
      r.destination, sourcesCell(r.sources)]), { id: "departures-table" }),
    d.unplaced.length ? [el("h3", {}, "Not placed in this period"),
      table(["Person", "What", "Date", "Why", "Sources"], d.unplaced.map(u => [entityLink(u.person), u.type, u.date || "?",
        u.reason, sourcesCell(u.sources)]), { id: "departures-unplaced" })] : null);
}

async function orgPage(id, at) {
  const base = "/api/orgs/" + encodeURIComponent(id);
  const [stats, flows, roster] = await Promise.all([api(base + "/stats?quarters=true"), api(base + "/flows"),
    api(base + "/roster" + (at ? "?at=" + encodeURIComponent(at) : ""))]);
  const dates = roster.event_dates.length ? roster.event_dates : [roster.at];
  const startAt = dates.findIndex(d => d >= roster.at);
  const slider = el("input", { type: "range", class: "slider", id: "roster-slider", min: "0", max: String(dates.length - 1),
    value: String(startAt < 0 ? dates.length - 1 : startAt) });
  const dateInput = el("input", { type: "date", id: "roster-date", value: roster.at });
  const rosterBox = el("div", { id: "roster" });
  const fillRoster = r => {
    const sure = r.items.filter(x => x.certain), unsure = r.items.filter(x => !x.certain);
    rosterBox.replaceChildren(el("p", {}, sure.length + " people known to be there on " + r.at),
      table(["Person", "Roles", "Since", "Status"], sure.map(x => [entityLink(x.person), x.roles.join("、"), x.since || "-", x.status])),
      unsure.length ? el("p", { class: "muted" }, "Left at a date no source states (there or not): "
        + unsure.map(x => x.person.name).join(", ")) : "");
  };
  fillRoster(roster);
  const reload = async d => { dateInput.value = d; fillRoster(await api(base + "/roster?at=" + d)); };
  slider.addEventListener("input", () => reload(dates[Number(slider.value)]));
  dateInput.addEventListener("change", () => reload(dateInput.value));

  // departures table with a date range
  const years = [...new Set(Object.keys(stats.departures).map(p => p.slice(0, 4)).filter(y => /^\d{4}$/.test(y)))].sort();
  const lastYear = years.length ? years[years.length - 1] : null;
  const from = el("input", { type: "date", id: "departures-from", value: lastYear ? lastYear + "-01-01" : "" });
  const to = el("input", { type: "date", id: "departures-to", value: lastYear ? lastYear + "-12-31" : "" });
  const depBox = el("div", { id: "departures-box" });
  let asked = 0; // answers that come back out of order are dropped: the last period asked for is shown
  const loadDepartures = async () => {
    const mine = ++asked;
    const q = [from.value ? "from=" + from.value : null, to.value ? "to=" + to.value : null].filter(x => x).join("&");
    const d = await api(base + "/departures" + (q ? "?" + q : ""));
    if (mine === asked) depBox.replaceChildren(departuresTable(d));
  };
  from.addEventListener("change", loadDepartures);
  to.addEventListener("change", loadDepartures);

  // Sankey with a year filter
  const yearSelect = el("select", { id: "flow-year" }, el("option", { value: "" }, "all years"),
    years.map(y => el("option", { value: y }, y)));
  const flowBox = el("div", { id: "flow-box" });
  const drawFlows = f => {
    const nodes = new Set([stats.org.name]);
    const links = [];
    for (const d of f.destinations) {
      nodes.add(d.other.name + " ");
      links.push({ source: stats.org.name, target: d.other.name + " ", value: d.count, people: d.people.map(p => p.person.name) });
    }
    if (f.unknown_destination.length) {
      nodes.add("(not stated) ");
      links.push({ source: stats.org.name, target: "(not stated) ", value: f.unknown_destination.length,
        people: f.unknown_destination.map(p => p.person.name) });
    }
    for (const o of f.origins) {
      nodes.add(" " + o.other.name);
      links.push({ source: " " + o.other.name, target: stats.org.name, value: o.count, people: o.people.map(p => p.person.name) });
    }
    const table_ = table(["Destination", "People", "Who"], f.destinations.map(d => [entityLink(d.other), String(d.count),
      d.people.map(p => p.person.name + (p.time ? " (" + p.time + ")" : "")).join(", ")]), { id: "flow-table" });
    if (links.length) {
      flowBox.replaceChildren(chart("flow-chart"), table_);
      drawChart("flow-chart", { tooltip: { formatter: p => esc(p.dataType === "edge"
          ? p.data.source.trim() + " → " + p.data.target.trim() + ": " + p.data.people.join(", ") : p.name) },
        series: [{ type: "sankey", data: [...nodes].map(n => ({ name: n })), links, emphasis: { focus: "adjacency" } }] });
    } else {
      flowBox.replaceChildren(el("p", { class: "muted", id: "flow-chart-empty" }, "No moves to or from other organizations are known"
        + (f.year ? " for " + f.year : "") + "."), table_);
    }
  };
  let flowsAsked = 0;
  yearSelect.addEventListener("change", async () => {
    const mine = ++flowsAsked;
    const f = await api(base + "/flows" + (yearSelect.value ? "?year=" + yearSelect.value : ""));
    if (mine === flowsAsked) drawFlows(f);
  });

  show(el("h1", { id: "org-name" }, stats.org.name), el("p", { class: "muted" }, "As of " + stats.as_of),
    el("h2", {}, "Departures"), el("div", { class: "controls" }, "From ", from, " to ", to), depBox,
    el("h2", {}, "Departures per quarter"), chart("departures-chart"),
    el("div", { id: "quarter-people", class: "muted" }, "Point at a bar to see who left."),
    el("h2", {}, "Where people went, and came from"), el("div", { class: "controls" }, "Year ", yearSelect), flowBox,
    el("h2", {}, "Roster"), el("div", {}, dateInput), slider, rosterBox,
    el("h2", {}, "Cofounders"), table(["Cofounder", "Status"], stats.cofounders.map(c => [entityLink(c.person), c.status]), { id: "cofounders" }),
    el("h2", {}, "Founded by alumni"), table(["Organization", "Founder", "When"],
      stats.founded_by_alumni.map(v => [entityLink(v.org), entityLink(v.founder), v.time || "?"])));
  drawFlows(flows);
  await loadDepartures();
  const periods = Object.keys(stats.departures);
  const who = p => stats.departures[p].map(m => m.person.name + " (" + m.how + (m.time ? " " + m.time : "") + ")");
  const bars = drawChart("departures-chart", {
    tooltip: { trigger: "axis", formatter: ps => ps.map(p => esc(p.name + ": " + p.value + " — " + who(p.name).join(", "))).join("<br>") },
    xAxis: { type: "category", data: periods }, yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", data: periods.map(p => stats.departures[p].length) }] });
  const quarterPeople = document.getElementById("quarter-people");
  quarterPeople.replaceChildren(table(["Quarter", "People", "Who"], periods.map(p => [p, String(stats.departures[p].length),
    who(p).join(", ")]), { id: "quarter-table" }));
  if (bars) bars.on("click", () => quarterPeople.scrollIntoView());
}

async function documentsPage() {
  const r = await api("/api/documents?limit=500");
  show(el("h1", {}, "Documents"), table(["Document", "Title", "Outlet", "Published", "URL", "Events"],
    r.items.map(d => [docLink(d.doc), d.title || "", d.outlet || "", d.published || "?",
      d.url ? el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, d.url) : "", String(d.events)]),
    { id: "documents" }));
}

async function documentPage(key, focus) {
  const d = await api("/api/documents/" + encodeURIComponent(key));
  const text = d.text;
  const starts = new Set([0, text.length]);
  const ranges = [];
  for (const m of d.mentions) { ranges.push({ s: m.start, e: m.end, kind: "mention", m }); starts.add(m.start); starts.add(m.end); }
  for (const ev of d.events) { ranges.push({ s: ev.evidence.start, e: ev.evidence.end, kind: "evidence", ev }); starts.add(ev.evidence.start); starts.add(ev.evidence.end); }
  if (focus) { starts.add(focus.s); starts.add(focus.e); }
  const cuts = [...starts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const body = el("div", { class: "doc-text", id: "doc-text" });
  let first = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i], e = cuts[i + 1];
    const piece = document.createTextNode(text.slice(s, e));
    const covering = ranges.filter(r => r.s <= s && r.e >= e);
    const mention = covering.find(r => r.kind === "mention");
    const evidence = covering.filter(r => r.kind === "evidence");
    const focused = focus && focus.s <= s && focus.e >= e;
    if (!mention && !evidence.length && !focused) { body.appendChild(piece); continue; }
    const mark = el("mark", { class: [mention ? "mention" : "", evidence.length ? "evidence" : "", focused ? "focus" : ""].join(" ").trim(),
      title: evidence.map(r => r.ev.type + " " + r.ev.person.name).join("; ") || null });
    if (mention) mark.appendChild(el("a", { href: "#/entity/" + encodeURIComponent(mention.m.entity) }, piece));
    else mark.appendChild(piece);
    if (focused && !first) first = mark;
    body.appendChild(mark);
  }
  const doc = d.document;
  show(el("h1", { id: "doc-title" }, doc.title || doc.doc),
    el("p", { class: "muted", id: "doc-meta" }, [doc.outlet, "published " + (doc.published || "unknown"), "version " + doc.version]
      .filter(x => x).join(" · "), doc.url ? [" · ", el("a", { href: doc.url, id: "doc-url", rel: "noopener noreferrer", target: "_blank" }, doc.url)] : null),
    el("h2", {}, "Events read in this article"),
    table(["Event", "Person", "Organization", "Time", "Polarity", "Evidence"], d.events.map(ev => [ev.type, entityLink(ev.person),
      ev.org ? entityLink(ev.org) : "-", ev.time ? (ev.time.value || "?") + " (" + ev.time.text + ")" : "-", ev.polarity,
      link(evidenceHref(ev.evidence), ev.evidence.text)])),
    el("h2", {}, "Article"), body);
  if (first) first.scrollIntoView({ block: "center" });
}

async function contradictionsPage() {
  const r = await api("/api/contradictions");
  show(el("h1", {}, "Contradictions"), el("p", { id: "contradiction-count" }, r.total + " conflicts between sources"),
    r.items.map(c => el("div", { class: "contradiction" }, el("h2", {}, "[" + c.kind + "] " + c.about),
      el("p", { class: "muted" }, c.note),
      c.sides.map(s => el("div", { class: "side" }, el("strong", {}, s.says), s.evidence.map(sourceLine))))));
}

function uploadPage() {
  const input = el("input", { type: "file", id: "upload-files", multiple: "multiple", accept: ".txt,.html,.htm,.jsonl" });
  const bar = el("div", {});
  const status = el("div", { id: "upload-report" });
  const button = el("button", { id: "upload-button", type: "button" }, "Upload and ingest");
  button.addEventListener("click", () => {
    if (!input.files.length) { status.replaceChildren(el("p", { class: "error" }, "Choose one or more files first.")); return; }
    const form = new FormData();
    for (const f of input.files) form.append("files", f);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    xhr.upload.addEventListener("progress", ev => { if (ev.lengthComputable) bar.style.width = Math.round(100 * ev.loaded / ev.total) + "%"; });
    xhr.addEventListener("load", () => {
      let r;
      try { r = JSON.parse(xhr.responseText); } catch (e) { r = { error: "HTTP " + xhr.status }; }
      if (r.error) { status.replaceChildren(el("p", { class: "error" }, r.error)); return; }
      bar.style.width = "100%";
      status.replaceChildren(el("p", {}, r.files + " files, " + r.failed + " with problems"),
        table(["File", "New", "Unchanged", "Events", "Problems"], r.report.map(x => [x.file, String(x.new + x.new_versions),
          String(x.unchanged), String(x.events), x.problems.length ? x.problems.join("; ") : "none"])));
    });
    status.replaceChildren(el("p", {}, "Uploading…"));
    xhr.send(form);
  });
  show(el("h1", {}, "Upload articles"), el("p", { class: "muted" }, ".txt, .html or .jsonl; bad files are reported, nothing stored is lost."),
    input, button, el("div", { class: "progress" }, bar), status);
}

// --- routing ------------------------------------------------------------------------------------------------

async function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  try {
    switch (parts[0]) {
      case "entity": await entityPage(parts[1]); break;
      case "org": await orgPage(parts[1], parts[2]); break;
      case "doc": {
        const last = parts[parts.length - 1];
        const span = parts.length > 2 && /^\d+-\d+$/.test(last) ? last.split("-").map(Number) : null;
        await documentPage(parts.slice(1, span ? -1 : undefined).join("/"), span ? { s: span[0], e: span[1] } : null);
        break;
      }
      case "documents": await documentsPage(); break;
      case "contradictions": await contradictionsPage(); break;
      case "upload":
        if (document.body.dataset.readOnly) show(el("p", { class: "muted", id: "read-only" }, "This workspace is read-only: uploads are off."));
        else uploadPage();
        break;
      case "search": await searchPage(parts.slice(1).join("/")); break;
      default: await searchPage("");
    }
  } catch (e) {
    show(el("p", { class: "error", id: "error" }, e.message));
  }
}

document.getElementById("search-form").addEventListener("submit", ev => {
  ev.preventDefault();
  location.hash = "#/search/" + encodeURIComponent(document.getElementById("search-box").value.trim());
});
window.addEventListener("hashchange", route);
route();
