// arshif's search page. The URL holds the whole state (query, filters, sort, page, open
// article), so a copied link reproduces what is on screen. Article data is untrusted: it only
// ever reaches the page through textContent and text nodes, never as HTML.
"use strict";

const PAGE_SIZE = 10;
const MAX_OFFSET = 10000; // the server's bound on offset
const MAX_PLACES_SHOWN = 6;

const LABELS = {
  ar: {
    title: "أرشيف", skip: "انتقل إلى النتائج", search_label: "ابحث في الأرشيف",
    placeholder: "اكتب كلمات البحث بأي إملاء…", search: "ابحث", sort: "الترتيب",
    by_score: "الأكثر صلة", by_date: "الأحدث", copy_link: "انسخ الرابط", copied: "نُسخ الرابط",
    filters: "تضييق النتائج", date_range: "الفترة", since: "من", until: "إلى", apply: "طبّق",
    places: "الأماكن", years: "السنوات", sources: "المصادر", results: "النتائج",
    no_results: "لا توجد نتائج لهذا البحث.",
    remove_filters_hint: "جرّب إزالة بعض المرشحات أو استخدام كلمات أقل.",
    no_filters_hint: "جرّب كلمات أقل أو كلمات أخرى.",
    clear_filters: "أزل كل المرشحات", pages: "الصفحات", back: "→ العودة إلى النتائج",
    start: "ابحث في أخبار الأرشيف: الكلمات تُطابق بأي إملاء، بالهمزة أو دونها، بالتشكيل أو دونه.",
    count: (n) => `عدد النتائج: ${n}`, page_of: (p, n) => `الصفحة ${p} من ${n}`,
    prev: "السابقة", next: "التالية", remove: "أزل المرشح", place: "المكان", source: "المصدر",
    period: "الفترة", undated: "بلا تاريخ", original: "المصدر الأصلي", loading: "جارٍ البحث…",
    // Text and values alternate; values (numbers, dates) are isolated when shown.
    stats: (n, a, b) => (a ? ["في الأرشيف ", n, " مقالة، من ", a, " إلى ", b, "."] : ["في الأرشيف ", n, " مقالة."]),
    unreachable: "تعذّر الاتصال بالخادم.", other_lang: "English", more: (n) => `(+${n})`,
  },
  en: {
    title: "Arshif", skip: "Skip to results", search_label: "Search the archive",
    placeholder: "Type words in any spelling…", search: "Search", sort: "Order",
    by_score: "Most relevant", by_date: "Newest", copy_link: "Copy link", copied: "Link copied",
    filters: "Narrow results", date_range: "Dates", since: "From", until: "To", apply: "Apply",
    places: "Places", years: "Years", sources: "Sources", results: "Results",
    no_results: "No articles match this search.",
    remove_filters_hint: "Try removing some filters or using fewer words.",
    no_filters_hint: "Try fewer or different words.",
    clear_filters: "Remove all filters", pages: "Pages", back: "← Back to results",
    start: "Search the archive's news: words match in any spelling, with or without hamza or diacritics.",
    count: (n) => `${n} results`, page_of: (p, n) => `Page ${p} of ${n}`,
    prev: "Previous", next: "Next", remove: "Remove filter", place: "Place", source: "Source",
    period: "Dates", undated: "undated", original: "Original", loading: "Searching…",
    stats: (n, a, b) => (a ? ["", n, " articles in the archive, ", a, " to ", b, "."] : ["", n, " articles in the archive."]),
    unreachable: "The server cannot be reached.", other_lang: "العربية", more: (n) => `(+${n})`,
  },
};

let lang = localStorage.getItem("arshif-lang") === "en" ? "en" : "ar";
const t = (key, ...args) => {
  const label = LABELS[lang][key];
  return typeof label === "function" ? label(...args) : label;
};
const $ = (id) => document.getElementById(id);

// --- building DOM from data (text only) ---

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "text") node.textContent = value;
    else if (name === "onclick") node.addEventListener("click", value);
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }
  return node;
}

// Arabic letters that connect to their neighbours (dual- or right-joining).
const JOINING = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]/;
const ZWJ = "\u200D";

// Appends `text` to `parent` with the [start, end) code-point ranges wrapped in <mark>. Where a
// mark starts or ends inside a word, zero-width joiners on both sides keep the letters joined.
function appendHighlighted(parent, text, ranges) {
  const chars = Array.from(text);
  let last = 0;
  for (const [start, end] of ranges || []) {
    if (start < last || end > chars.length || start >= end) continue;
    let before = chars.slice(last, start).join("");
    let inside = chars.slice(start, end).join("");
    if (start > 0 && JOINING.test(chars[start - 1]) && JOINING.test(chars[start])) {
      before += ZWJ;
      inside = ZWJ + inside;
    }
    if (end < chars.length && JOINING.test(chars[end - 1]) && JOINING.test(chars[end])) {
      inside += ZWJ;
      chars[end] = ZWJ + chars[end];
    }
    parent.append(document.createTextNode(before), el("mark", { text: inside }));
    last = end;
  }
  parent.append(document.createTextNode(chars.slice(last).join("")));
  return parent;
}

// A link only for http(s) addresses; anything else (javascript:, data:) stays text.
function safeLink(url, label) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, rel: "noopener noreferrer", target: "_blank", text: label });
    }
  } catch (_) { /* not a URL: shown as text */ }
  return el("bdi", { text: url });
}

// --- state in the URL ---

const KEYS = ["q", "place", "source", "since", "until", "sort", "page", "article"];

function readState() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

function stateUrl(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key] && !(key === "page" && state[key] === "1") && !(key === "sort" && state[key] === "score")) {
      params.set(key, state[key]);
    }
  }
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

// Shows `state` as a new history entry. With `focusMain`, keyboard focus moves to the top of
// the new content (the button pressed may no longer exist once the view is rebuilt).
async function go(state, focusMain = false) {
  history.pushState(null, "", stateUrl(state));
  window.scrollTo(0, 0);
  await render();
  if (focusMain) $("main").focus({ preventScroll: true });
}

// Changes filters: back to the first page, out of any open article.
function refine(changes, focusMain = true) {
  const state = { ...readState(), ...changes, page: undefined, article: undefined };
  for (const key of Object.keys(state)) if (!state[key]) delete state[key];
  return go(state, focusMain);
}

// --- talking to the API ---

async function api(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" } });
  } catch (_) {
    throw new Error(t("unreachable"));
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

function show(view) {
  for (const id of ["search-view", "article-view", "start-view"]) $(id).hidden = id !== view;
}

// --- views ---

let generation = 0; // answers of superseded requests are dropped

async function render() {
  const state = readState();
  const mine = ++generation;
  $("q").value = state.q || "";
  $("sort").value = state.sort === "date" ? "date" : "score";
  showError("");
  try {
    if (state.article) await renderArticle(state, mine);
    else if (state.q) await renderSearch(state, mine);
    else await renderStart(mine);
  } catch (err) {
    if (mine === generation) {
      $("status").textContent = "";
      showError(err.message);
    }
  }
}

async function renderStart(mine) {
  show("start-view");
  document.title = t("title");
  const stats = await api("/api/stats?top=0");
  if (mine !== generation) return;
  const parts = t("stats", stats.articles, stats.first_date, stats.last_date);
  $("start-stats").replaceChildren(...parts.map((part, n) => (n % 2 ? el("bdi", { dir: "ltr", text: String(part) }) : part)));
}

function yearBounds(year) {
  return { since: `${year}-01-01`, until: `${year}-12-31` };
}

async function renderSearch(state, mine) {
  const page = Math.max(1, parseInt(state.page || "1", 10) || 1);
  const params = new URLSearchParams({ q: state.q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  for (const key of ["place", "source", "since", "until", "sort"]) if (state[key]) params.set(key, state[key]);
  $("status").textContent = t("loading");
  const answer = await api(`/api/search?${params}`);
  if (mine !== generation) return;
  $("status").textContent = (answer.notes || []).join(" ");
  document.title = `${state.q} — ${t("title")}`;
  show("search-view");
  $("count").textContent = t("count", answer.total);
  $("since").value = expandDate(state.since, false);
  $("until").value = expandDate(state.until, true);
  renderActiveFilters(state);
  renderFacets(state, answer.facets);
  const list = $("results");
  list.replaceChildren(...answer.hits.map((hit) => resultItem(hit, state)));
  list.start = answer.offset + 1;
  const filtered = Boolean(state.place || state.source || state.since || state.until);
  $("empty").hidden = answer.hits.length > 0;
  $("empty-hint").textContent = t(filtered ? "remove_filters_hint" : "no_filters_hint");
  $("clear-filters").hidden = !filtered;
  renderPages(page, answer.total);
}

// A date-input value for a YYYY, YYYY-MM or YYYY-MM-DD bound.
function expandDate(value, last) {
  if (!value) return "";
  if (/^\d{4}$/.test(value)) return last ? `${value}-12-31` : `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    if (!last) return `${value}-01`;
    const [y, m] = value.split("-").map(Number);
    return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return value;
}

function filterChip(label, value, clear) {
  return el("button", { type: "button", class: "chip", "aria-label": `${t("remove")}: ${value}`, onclick: () => refine(clear) },
    `${label}: `, el("bdi", { text: value }), " ✕");
}

function renderActiveFilters(state) {
  const chips = [];
  if (state.place) chips.push(filterChip(t("place"), state.place, { place: "" }));
  if (state.source) chips.push(filterChip(t("source"), state.source, { source: "" }));
  if (state.since || state.until) {
    const sameYear = state.since && state.until && state.since.endsWith("-01-01") &&
      state.until === `${state.since.slice(0, 4)}-12-31`;
    const text = sameYear ? state.since.slice(0, 4) : `${state.since || "…"} – ${state.until || "…"}`;
    chips.push(filterChip(t("period"), text, { since: "", until: "" }));
  }
  $("active-filters").replaceChildren(...chips);
}

function facetButton(label, count, pressed, onclick) {
  return el("li", {}, el("button", { type: "button", "aria-pressed": String(pressed), onclick },
    el("bdi", { text: label }), el("span", { class: "count", text: String(count) })));
}

function renderFacets(state, facets) {
  const fill = (id, items) => {
    $(id).querySelector("ul").replaceChildren(...items);
    $(id).hidden = items.length === 0;
  };
  fill("facet-places", facets.places.map((p) => facetButton(p.name, p.articles, state.place === p.name,
    () => refine({ place: state.place === p.name ? "" : p.name }))));
  fill("facet-sources", facets.sources.map((s) => facetButton(s.name, s.articles, state.source === s.name,
    () => refine({ source: state.source === s.name ? "" : s.name }))));
  const years = [...facets.years].reverse();
  fill("facet-years", years.map((y) => {
    const bounds = yearBounds(y.year);
    const pressed = state.since === bounds.since && state.until === bounds.until;
    return facetButton(String(y.year), y.articles, pressed, () => refine(pressed ? { since: "", until: "" } : bounds));
  }));
}

function articleHref(id, state) {
  return stateUrl({ ...state, article: id });
}

function metaLine(item, clickable) {
  const parts = [];
  if (item.date) {
    const year = item.date.slice(0, 4);
    parts.push(el("span", {}, clickable
      ? el("button", { type: "button", class: "link", onclick: () => refine(yearBounds(year)) }, el("bdi", { dir: "ltr", text: item.date }))
      : el("bdi", { dir: "ltr", text: item.date })));
  } else {
    parts.push(el("span", { text: t("undated") }));
  }
  if (item.places.length) {
    const places = el("span");
    // A hit lists its first few places (and the one filtered on); the article lists all.
    let shown = clickable ? item.places.slice(0, MAX_PLACES_SHOWN) : item.places;
    const active = readState().place;
    if (clickable && item.places.includes(active) && !shown.includes(active)) shown = [...shown, active];
    shown.forEach((place, n) => {
      if (n) places.append("، ");
      places.append(clickable
        ? el("button", { type: "button", class: "link", onclick: () => refine({ place }) }, el("bdi", { text: place }))
        : el("bdi", { text: place }));
    });
    const more = item.places.length - shown.length;
    if (more > 0) places.append(` ${t("more", more)}`);
    parts.push(places);
  }
  if (item.source) {
    parts.push(el("span", {}, clickable
      ? el("button", { type: "button", class: "link", onclick: () => refine({ source: item.source }) }, el("bdi", { text: item.source }))
      : el("bdi", { text: item.source })));
  }
  if (item.url) parts.push(el("span", {}, safeLink(item.url, t("original"))));
  return el("p", { class: "meta" }, ...parts);
}

function resultItem(hit, state) {
  const link = el("a", { href: articleHref(hit.id, state), dir: "auto", class: "result-title" });
  appendHighlighted(link, hit.title || hit.id, hit.title ? hit.title_highlights : []);
  link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go({ ...state, article: hit.id });
  });
  const snippet = hit.snippet
    ? appendHighlighted(el("p", { class: "snippet", dir: "auto" }), hit.snippet.text, hit.snippet.highlights)
    : null;
  return el("li", {}, el("h3", {}, link), metaLine(hit, true), snippet);
}

function renderPages(page, total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(MAX_OFFSET / PAGE_SIZE) + 1);
  const nav = $("pages");
  if (pages <= 1) {
    nav.replaceChildren();
    return;
  }
  const to = (p) => () => go({ ...readState(), page: String(p) }, true);
  const prev = el("button", { type: "button", rel: "prev", onclick: to(page - 1), text: t("prev") });
  const next = el("button", { type: "button", rel: "next", onclick: to(page + 1), text: t("next") });
  prev.disabled = page <= 1;
  next.disabled = page >= pages;
  nav.replaceChildren(prev, el("span", { "aria-current": "page" }, el("bdi", { text: t("page_of", page, pages) })), next);
}

async function renderArticle(state, mine) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  const article = await api(`/api/articles/${encodeURIComponent(state.article)}?${params}`);
  if (mine !== generation) return;
  $("status").textContent = "";
  show("article-view");
  document.title = `${article.title} — ${t("title")}`;
  const back = { ...state, article: undefined };
  $("back").href = stateUrl(back);
  $("back").hidden = !state.q;
  const title = $("article-title");
  title.replaceChildren();
  appendHighlighted(title, article.title, article.title_highlights);
  $("article-meta").replaceWith(Object.assign(metaLine(article, false), { id: "article-meta" }));
  const body = $("article-body");
  body.replaceChildren();
  appendHighlighted(body, article.body, article.body_highlights);
  $("article-title").focus();
}

// --- labels and events ---

function applyLanguage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.dataset.tPlaceholder);
  for (const node of document.querySelectorAll("[data-t-aria]")) node.setAttribute("aria-label", t(node.dataset.tAria));
  const other = lang === "ar" ? "en" : "ar";
  $("lang").textContent = t("other_lang");
  $("lang").lang = other;
  $("lang").dir = other === "ar" ? "rtl" : "ltr";
}

function start() {
  $("article-title").tabIndex = -1;
  applyLanguage();
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("q").value.trim();
    if (q) refine({ q }, false);
  });
  $("dates").addEventListener("submit", (event) => {
    event.preventDefault();
    refine({ since: $("since").value, until: $("until").value });
  });
  $("sort").addEventListener("change", () => refine({ sort: $("sort").value }, false));
  $("clear-filters").addEventListener("click", () => refine({ place: "", source: "", since: "", until: "" }));
  for (const id of ["copy", "copy-article"]) {
    $(id).addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        $("status").textContent = t("copied");
      } catch (_) {
        // No clipboard (an insecure origin): show the link so it can be copied by hand.
        $("status").textContent = location.href;
      }
    });
  }
  $("back").addEventListener("click", (event) => {
    event.preventDefault();
    go({ ...readState(), article: undefined });
  });
  $("home").addEventListener("click", (event) => {
    event.preventDefault();
    go({});
  });
  $("lang").addEventListener("click", () => {
    lang = lang === "ar" ? "en" : "ar";
    localStorage.setItem("arshif-lang", lang);
    applyLanguage();
    render();
  });
  window.addEventListener("popstate", render);
  render();
}

start();
