// The portal's search: every record's name, short name, id, kind and description, searched in
// the browser with MiniSearch (minisearch.js) over the index in search-index.js. Nothing is
// fetched: both are plain scripts beside this one, so the search works from file:// and on any
// static host. Words are split at anything that is not a letter or digit in any script and
// lower-cased in the page's language; å, ä and ö stay letters of their own, nothing is stemmed,
// and the last word typed matches as a prefix ("äld" finds "äldre"). Keyboard: type, ↓ to the
// results, ↑/↓ between them, Enter to open, Escape back to the box.
(function () {
  "use strict";
  var box = document.getElementById("site-search");
  var data = window.hokSearch;
  if (!box || !data || typeof window.MiniSearch !== "function") return;
  var input = document.getElementById("site-search-input");
  var status = document.getElementById("site-search-status");
  var list = document.getElementById("site-search-results");
  var root = box.getAttribute("data-root") || "";
  var language = document.documentElement.lang || "sv";
  var words = /[^\p{L}\p{N}]+/u;
  var search = new window.MiniSearch({
    fields: ["title", "short", "id", "kind", "text"],
    storeFields: ["title", "kind", "page"],
    tokenize: function (text) { return text.split(words); },
    processTerm: function (term) { return term ? term.toLocaleLowerCase(language) : null; },
    searchOptions: { boost: { title: 4, short: 4, id: 2 }, prefix: true, combineWith: "AND" }
  });
  search.addAll(data.records);
  box.hidden = false;

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  function show() {
    var query = input.value.trim();
    list.textContent = "";
    if (!query) { status.textContent = ""; return; }
    var hits = search.search(query).slice(0, 20);
    status.textContent = hits.length === 0 ? box.getAttribute("data-none")
      : box.getAttribute(hits.length === 1 ? "data-one" : "data-many").replace("{count}", String(hits.length));
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + hit.page;
      link.textContent = hit.title;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = " " + hit.kind;
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
    });
  }

  input.addEventListener("input", show);
  input.addEventListener("keydown", function (event) {
    var first = links()[0];
    if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
    else if (event.key === "Enter" && first) { event.preventDefault(); first.click(); }
    else if (event.key === "Escape") { input.value = ""; show(); }
  });
  list.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
  });
})();
