/// The review page's style sheet and script, compiled into the binary so that the
/// page is one self-contained file and a moved `tandem` needs no resource bundle.
/// Plain CSS and vanilla JavaScript: the page loads nothing from anywhere.
enum PageAssets {
  static let css = #"""
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
    header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd; padding: 8px 16px;
      display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
    header h1 { font-size: 16px; margin: 0 12px 0 0; }
    header .counts { color: #555; }
    #message { color: #a40000; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    th { text-align: left; background: #f0f0f0; padding: 4px 8px; position: sticky; top: 45px; z-index: 1; }
    td { vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e4e4e4; }
    col.num { width: 4.5em; } col.meta { width: 15em; }
    tr.link { border-left: 6px solid transparent; }
    tr.high td:first-child { border-left: 6px solid #3a9d4f; }
    tr.medium td:first-child { border-left: 6px solid #e0a800; }
    tr.low td:first-child { border-left: 6px solid #c62828; }
    tr.low { background: #fff4f4; } tr.medium { background: #fffbea; }
    tr.accepted td:first-child, tr.edited td:first-child { border-left-color: #1565c0; }
    tr.current { outline: 2px solid #1565c0; outline-offset: -2px; }
    tr.hidden, tbody.hidden { display: none; }
    .sentence { display: block; }
    .sentence + .sentence { margin-top: 4px; border-top: 1px dotted #ccc; padding-top: 4px; }
    .conf { font-variant-numeric: tabular-nums; }
    .reason { display: inline-block; background: #c62828; color: #fff; border-radius: 3px; padding: 0 5px; font-size: 12px; }
    .status { display: inline-block; background: #1565c0; color: #fff; border-radius: 3px; padding: 0 5px; font-size: 12px; }
    .status.pending { background: #888; }
    ul.findings { margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
    li.error { color: #a40000; } li.warning { color: #8a5a00; } li.info { color: #555; }
    tbody.repeat > tr.fold td { background: #eef3fb; cursor: pointer; font-style: italic; }
    tbody.repeat.folded > tr.link { display: none; }
    .actions button { font-size: 12px; margin: 2px 2px 0 0; }
    textarea.edit { width: 100%; min-height: 4em; font: inherit; }
    kbd { border: 1px solid #bbb; border-radius: 3px; padding: 0 3px; font-size: 12px; }
    """#

  static let script = #"""
    (function () {
      "use strict";
      var served = document.body.dataset.served === "1";
      var rows = function () {
        return Array.prototype.filter.call(document.querySelectorAll("tr.link"), function (r) {
          return r.offsetParent !== null;
        });
      };
      var current = null;
      function focusRow(row) {
        if (!row) return;
        if (current) current.classList.remove("current");
        current = row;
        row.classList.add("current");
        row.scrollIntoView({ block: "center" });
        if (history.replaceState) history.replaceState(null, "", "#" + row.id);
      }
      function step(delta) {
        var list = rows();
        if (!list.length) return;
        var i = list.indexOf(current);
        focusRow(list[Math.max(0, Math.min(list.length - 1, i < 0 ? 0 : i + delta))]);
      }
      function applyFilters() {
        var doubtful = document.getElementById("doubtful").checked;
        var reason = document.getElementById("reason").value;
        var shown = 0;
        document.querySelectorAll("tr.link").forEach(function (row) {
          var hide = (doubtful && !row.classList.contains("low")) || (reason && row.dataset.reason !== reason);
          row.classList.toggle("hidden", hide);
          if (!hide) shown += 1;
        });
        document.querySelectorAll("tbody.repeat").forEach(function (body) {
          var visible = body.querySelectorAll("tr.link:not(.hidden)").length;
          body.classList.toggle("hidden", visible === 0);
        });
        document.getElementById("shown").textContent = String(shown);
      }
      document.getElementById("doubtful").addEventListener("change", applyFilters);
      document.getElementById("reason").addEventListener("change", applyFilters);
      document.querySelectorAll("tbody.repeat > tr.fold").forEach(function (fold) {
        fold.addEventListener("click", function () { fold.parentNode.classList.toggle("folded"); });
      });
      document.addEventListener("keydown", function (e) {
        if (e.target.tagName === "TEXTAREA" || e.target.tagName === "INPUT" || e.target.tagName === "SELECT") return;
        if (e.key === "j" || e.key === "ArrowDown") { step(1); e.preventDefault(); }
        else if (e.key === "k" || e.key === "ArrowUp") { step(-1); e.preventDefault(); }
        else if (served && e.key === "a" && current) { act(current.dataset.index, "accept"); }
      });
      document.querySelectorAll("tr.link").forEach(function (row) {
        row.addEventListener("click", function (e) { if (e.target.tagName !== "BUTTON") focusRow(row); });
      });

      function show(text) { document.getElementById("message").textContent = text; }
      function post(path, body) {
        return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) })
          .then(function (r) { return r.json(); })
          .then(function (answer) {
            if (answer.error) { show(answer.error); return answer; }
            return answer;
          });
      }
      function act(index, operation, extra) {
        var body = extra || {};
        body.index = Number(index);
        return post("/api/" + operation, body).then(function (answer) {
          if (!answer.error) { location.hash = "link-" + (answer.focus + 1); location.reload(); }
        });
      }
      if (served) {
        document.querySelectorAll(".actions button").forEach(function (button) {
          button.addEventListener("click", function () {
            var row = button.closest("tr.link");
            var op = button.dataset.op;
            if (op === "edit") {
              var cell = row.querySelector("td.target");
              if (cell.querySelector("textarea")) return;
              var area = document.createElement("textarea");
              area.className = "edit";
              area.value = row.dataset.target;
              var ok = document.createElement("button");
              ok.textContent = "Save edit";
              ok.className = "save-edit";
              ok.addEventListener("click", function () { act(row.dataset.index, "edit", { target: area.value }); });
              cell.appendChild(area);
              cell.appendChild(ok);
              area.focus();
              return;
            }
            var extra = {};
            if (button.dataset.side) { extra.side = button.dataset.side; extra.direction = button.dataset.direction; }
            act(row.dataset.index, op, extra);
          });
        });
        document.getElementById("realign").addEventListener("click", function () {
          show("Realigning…");
          post("/api/realign").then(function (answer) { if (!answer.error) location.reload(); });
        });
        document.getElementById("save").addEventListener("click", function () {
          post("/api/save").then(function (answer) { if (!answer.error) show("Saved to " + answer.saved); });
        });
      }
      applyFilters();
      var start = location.hash && document.getElementById(location.hash.slice(1));
      if (start) focusRow(start);
    })();
    """#
}
