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

function link(hash, text) { return el("a", { href: hash }, text); }
function entityLink(ent) { return link("#/entity/" + encodeURIComponent(ent.id), ent.name); }
function docLink(doc, text) { return link("#/doc/" + encodeURIComponent(doc), text || doc); }

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
}

function show(...nodes) {
  const view = document.getElementById("view");
  view.replaceChildren(...nodes);
}

function table(headers, rows) {
  return el("table", {}, el("tr", {}, headers.map(h => el("th", {}, h))),
    rows.map(r => el("tr", {}, r.map(c => el("td", {}, c)))));
}

function chart(id) { return el("div", { class: "chart", id }); }

function drawChart(id, option) {
  if (typeof echarts === "undefined") return;
  const node = document.getElementById(id);
  if (!node) return;
  echarts.init(node).setOption(option);
}

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
        orgs.items.slice(0, 15).map(o => [link("#/org/" + encodeURIComponent(o.id), o.name), String(o.mentions), o.aliases.join(" | ")])),
      el("h2", {}, "People"), table(["Person", "Mentions", "Aliases"],
        people.items.slice(0, 30).map(p => [entityLink(p), String(p.mentions), p.aliases.join(" | ")])));
    return;
  }
  const r = await api("/api/search?q=" + encodeURIComponent(q) + "&limit=50");
  show(el("h1", {}, "Search: " + q), el("p", { id: "result-count" }, r.total + " found"),
    table(["Name", "Type", "Mentions", "Aliases"], r.items.map(e => [
      e.type === "ORG" ? link("#/org/" + encodeURIComponent(e.id), e.name) : entityLink(e), e.type, String(e.mentions),
      e.aliases.join(" | ")])));
}

function sourcesCell(sources) {
  return el("div", {}, sources.map(s => el("div", { class: "evidence-line" },
    docLink(s.doc), " «", s.text, "»")));
}

async function entityPage(id) {
  const e = await api("/api/entities/" + encodeURIComponent(id));
  if (e.type === "ORG") { location.hash = "#/org/" + encodeURIComponent(id); return; }
  const events = e.timeline.filter(t => t.person.id === e.id);
  show(el("h1", { id: "entity-name" }, e.name),
    el("p", { class: "aliases" }, "Also written: " + e.aliases.join(" | ")),
    el("p", {}, "Documents: ", e.documents.map((d, i) => [i ? ", " : "", docLink(d)])),
    el("h2", {}, "Timeline"), chart("timeline-chart"),
    table(["Time", "Event", "Organization", "Roles", "Polarity", "Sources"], events.map(t => [
      t.time || "?", t.type, t.org ? link("#/org/" + encodeURIComponent(t.org.id), t.org.name) : "-",
      t.roles.join("、"), t.polarity, sourcesCell(t.sources)])),
    el("h2", {}, "Spells"),
    table(["Organization", "From", "To", "Roles", "Status"], e.spells.map(s => [
      link("#/org/" + encodeURIComponent(s.org.id), s.org.name), s.start || "(before)",
      s.end_type ? (s.end || "?") + " " + s.end_type : "(still)", s.roles.join("、"), s.status])));
  const types = ["FOUNDED", "JOINED", "APPOINTED", "ON_LEAVE", "SUSPENDED", "LEFT", "DISMISSED", "REINSTATED"];
  const dated = events.filter(t => t.time);
  drawChart("timeline-chart", {
    tooltip: { formatter: p => p.data.label },
    xAxis: { type: "time" }, yAxis: { type: "category", data: types },
    series: [{ type: "scatter", symbolSize: 14, data: dated.map(t => ({
      value: [t.time.length === 4 ? t.time + "-07-01" : t.time.length === 7 ? t.time + "-15" : t.time, t.type],
      label: t.type + " " + (t.org ? t.org.name : "") + " " + t.time })) }]
  });
}

async function orgPage(id, at) {
  const [stats, flows] = await Promise.all([api("/api/orgs/" + encodeURIComponent(id) + "/stats"),
    api("/api/orgs/" + encodeURIComponent(id) + "/flows")]);
  const roster = await api("/api/orgs/" + encodeURIComponent(id) + "/roster" + (at ? "?at=" + encodeURIComponent(at) : ""));
  const dates = roster.event_dates.length ? roster.event_dates : [roster.at];
  const slider = el("input", { type: "range", class: "slider", id: "roster-slider", min: "0", max: String(dates.length - 1),
    value: String(Math.max(0, dates.findIndex(d => d >= roster.at) < 0 ? dates.length - 1 : dates.findIndex(d => d >= roster.at))) });
  const dateInput = el("input", { type: "date", id: "roster-date", value: roster.at });
  const rosterTable = el("div", { id: "roster" });
  const fillRoster = r => rosterTable.replaceChildren(el("p", {}, r.items.length + " people at " + r.at),
    table(["Person", "Roles", "Since", "Status"], r.items.map(x => [entityLink(x.person), x.roles.join("、"), x.since || "-", x.status])));
  fillRoster(roster);
  const reload = async d => { dateInput.value = d; fillRoster(await api("/api/orgs/" + encodeURIComponent(id) + "/roster?at=" + d)); };
  slider.addEventListener("input", () => reload(dates[Number(slider.value)]));
  dateInput.addEventListener("change", () => reload(dateInput.value));
  show(el("h1", { id: "org-name" }, stats.org), el("p", { class: "muted" }, "As of " + stats.as_of),
    el("h2", {}, "Roster"), el("div", {}, dateInput), slider, rosterTable,
    el("h2", {}, "Where people went, and came from"), chart("flow-chart"),
    table(["Destination", "People", "Who"], flows.destinations.map(f => [f.other.name, String(f.count),
      f.people.map(p => p.name + (p.time ? " (" + p.time + ")" : "")).join(", ")])),
    el("h2", {}, "Departures per year"), chart("departures-chart"),
    el("h2", {}, "Cofounders"), table(["Cofounder", "Status"], stats.cofounders.map(c => [link("#/entity/" + encodeURIComponent(c.id), c.name), c.status])),
    el("h2", {}, "Founded by alumni"), table(["Organization", "Founder", "When"], stats.founded_by_alumni.map(v => [v.org, v.founder, v.time || "?"])));
  const nodes = new Set([stats.org]);
  const links = [];
  for (const f of flows.destinations) { nodes.add(f.other.name + " "); links.push({ source: stats.org, target: f.other.name + " ", value: f.count }); }
  for (const f of flows.origins) { nodes.add(" " + f.other.name); links.push({ source: " " + f.other.name, target: stats.org, value: f.count }); }
  if (links.length) {
    drawChart("flow-chart", { tooltip: {}, series: [{ type: "sankey", data: [...nodes].map(n => ({ name: n })), links, emphasis: { focus: "adjacency" } }] });
  } else {
    document.getElementById("flow-chart").replaceWith(el("p", { class: "muted", id: "flow-chart-empty" }, "No moves to or from other organizations are known."));
  }
  const periods = Object.keys(stats.departures);
  drawChart("departures-chart", { tooltip: {}, xAxis: { type: "category", data: periods }, yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", data: periods.map(p => stats.departures[p].length) }] });
}

async function documentsPage() {
  const r = await api("/api/documents?limit=500");
  show(el("h1", {}, "Documents"), table(["Document", "Title", "Published", "Events"],
    r.items.map(d => [docLink(d.doc), d.title || "", d.published || "?", String(d.events)])));
}

async function documentPage(key) {
  const d = await api("/api/documents/" + encodeURIComponent(key));
  const text = d.text;
  const starts = new Set([0, text.length]);
  const ranges = [];
  for (const m of d.mentions) { ranges.push({ s: m.start, e: m.end, kind: "mention", m }); starts.add(m.start); starts.add(m.end); }
  for (const ev of d.events) { ranges.push({ s: ev.evidence.start, e: ev.evidence.end, kind: "evidence", ev }); starts.add(ev.evidence.start); starts.add(ev.evidence.end); }
  const cuts = [...starts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const body = el("div", { class: "doc-text", id: "doc-text" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i], e = cuts[i + 1];
    const piece = document.createTextNode(text.slice(s, e));
    const covering = ranges.filter(r => r.s <= s && r.e >= e);
    const mention = covering.find(r => r.kind === "mention");
    const evidence = covering.filter(r => r.kind === "evidence");
    if (!mention && !evidence.length) { body.appendChild(piece); continue; }
    const mark = el("mark", { class: [mention ? "mention" : "", evidence.length ? "evidence" : ""].join(" ").trim(),
      title: evidence.map(r => r.ev.type + " " + r.ev.person.name).join("; ") || null });
    if (mention) mark.appendChild(el("a", { href: "#/entity/" + encodeURIComponent(mention.m.entity) }, piece));
    else mark.appendChild(piece);
    body.appendChild(mark);
  }
  show(el("h1", { id: "doc-title" }, d.title || d.doc), el("p", { class: "muted" }, "Published " + (d.published || "unknown") + " · version " + d.version),
    el("h2", {}, "Events read in this article"),
    table(["Event", "Person", "Organization", "Time", "Polarity", "Evidence"], d.events.map(ev => [ev.type, entityLink(ev.person),
      ev.org ? ev.org.name : "-", ev.time ? (ev.time.value || "?") + " (" + ev.time.text + ")" : "-", ev.polarity, ev.evidence.text])),
    el("h2", {}, "Article"), body);
}

async function contradictionsPage() {
  const r = await api("/api/contradictions");
  show(el("h1", {}, "Contradictions"), el("p", { id: "contradiction-count" }, r.total + " conflicts between sources"),
    r.items.map(c => el("div", { class: "contradiction" }, el("h2", {}, "[" + c.kind + "] " + c.about),
      el("p", { class: "muted" }, c.note),
      c.sides.map(s => el("div", { class: "side" }, el("strong", {}, s.says),
        s.evidence.map(e => el("div", { class: "evidence-line" }, docLink(e.doc), " «", e.text, "»")))))));
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
      case "doc": await documentPage(parts.slice(1).join("/")); break;
      case "documents": await documentsPage(); break;
      case "contradictions": await contradictionsPage(); break;
      case "upload": uploadPage(); break;
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
