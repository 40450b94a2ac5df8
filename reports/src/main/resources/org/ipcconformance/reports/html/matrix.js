"use strict";
// The matrix's filters and detail view. Everything from a result is put in the page as text
// (textContent), never as markup. No request of any kind: the page's CSP forbids them.
(function () {
  var data = JSON.parse(document.getElementById("ipc-data").textContent);
  var form = document.getElementById("filters");
  var matrix = document.getElementById("matrix");
  var dialog = document.getElementById("detail");
  var rows = Array.prototype.slice.call(matrix.querySelectorAll("tr.prop"));

  function checked(name) {
    var values = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name='" + name + "']"), function (box) {
      if (box.checked) { values[box.value] = true; }
    });
    return values;
  }

  function apply() {
    var mechanisms = checked("mechanism"), levels = checked("level"), standards = checked("standard"),
        verdicts = checked("verdict"), columns = checked("column"), onlyDisagree = form.elements.disagree.checked,
        shown = 0;
    Array.prototype.forEach.call(document.querySelectorAll("#matrix [data-col]"), function (el) {
      el.hidden = !columns[el.getAttribute("data-col")];
    });
    rows.forEach(function (row) {
      var anyVerdict = Array.prototype.some.call(row.querySelectorAll("td[data-verdict]"), function (td) {
        return columns[td.getAttribute("data-col")] && verdicts[td.getAttribute("data-verdict")];
      });
      // A row names one or more standards (one per IPC family): it shows while any of them is checked.
      var anyStandard = row.getAttribute("data-standard").split(" ").some(function (s) { return standards[s]; });
      var show = mechanisms[row.getAttribute("data-mechanism")] && levels[row.getAttribute("data-level")] && anyStandard
          && anyVerdict && (!onlyDisagree || row.hasAttribute("data-disagree"));
      row.hidden = !show;
      if (show) { shown++; }
    });
    Array.prototype.forEach.call(matrix.tBodies, function (body) {
      body.hidden = !body.querySelector("tr.prop:not([hidden])");
    });
    document.getElementById("shown").textContent = "Showing " + shown + " of " + rows.length + " properties";
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function keyValues(map) {
    var keys = Object.keys(map || {});
    if (keys.length === 0) { return null; }
    var table = el("table"), body = el("tbody");
    keys.forEach(function (k) {
      var tr = el("tr");
      tr.appendChild(el("th", k));
      tr.appendChild(el("td", map[k]));
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function badge(verdict, label) {
    return el("span", label || (data.verdicts[verdict] ? data.verdicts[verdict].label : verdict), "badge v-" + verdict);
  }

  function show(number) {
    var cell = data.cells[number];
    if (!cell || !cell.verdict) { return; }
    var prop = data.properties[cell.property] || {};
    var column = data.columns[cell.column];
    var body = document.getElementById("detail-body");
    body.textContent = "";
    document.getElementById("detail-title").textContent = cell.property + " on " + column.id;

    var head = el("p");
    head.appendChild(badge(cell.verdict, cell.label));
    var meaning = data.verdicts[cell.verdict] ? data.verdicts[cell.verdict].meaning : "";
    head.appendChild(document.createTextNode(" " + meaning + " · " + cell.durationMillis + " ms · " + prop.level + " · "
        + prop.mechanism));
    head.setAttribute("id", "detail-verdict");
    body.appendChild(head);
    body.appendChild(el("p", prop.title, "title"));
    var where = column.adapter + (column.version ? " " + column.version : "") + " on " + column.host
        + (column.os ? " (" + column.os + " " + column.kernel + ")" : "");
    body.appendChild(el("p", where, "note"));
    if (cell.message) {
      body.appendChild(el("h3", "Message"));
      body.appendChild(el("pre", cell.message));
    }
    body.appendChild(el("h3", "Evidence"));
    var methods = cell.methods || [];
    var anyMethodEvidence = methods.some(function (m) { return Object.keys(m.evidence || {}).length > 0; });
    methods.forEach(function (m) {
      var box = el("div", null, "method");
      var title = el("h4", m.name + " ");
      title.appendChild(badge(m.verdict));
      if (m.variant) { title.appendChild(el("span", m.variant, "variant")); }
      box.appendChild(title);
      box.appendChild(el("p", m.durationMillis + " ms", "note"));
      if (m.message) { box.appendChild(el("pre", m.message)); }
      var ev = keyValues(m.evidence);
      if (ev) { box.appendChild(ev); }
      if (m.detail) { box.appendChild(el("pre", m.detail)); }
      body.appendChild(box);
    });
    if (!anyMethodEvidence) {
      var all = keyValues(cell.evidence);
      body.appendChild(all || el("p", methods.length === 0 ? "No spec method ran." : "The spec methods recorded no evidence.", "note"));
    }
    body.appendChild(el("h3", "Statement"));
    body.appendChild(el("p", prop.statement || "This tool's catalog does not know " + cell.property + "."));
    if (prop.basis) {
      body.appendChild(el("h3", "Basis"));
      body.appendChild(el("p", prop.basis.join(", ")));
    }
    if (prop.standard && prop.standard.length > 0) {
      body.appendChild(el("h3", "Standard"));
      body.appendChild(el("p", prop.standard.join(", ")));
    }
    if (prop.references) {
      body.appendChild(el("h3", "References"));
      var list = el("ul");
      prop.references.forEach(function (r) { list.appendChild(el("li", r)); });
      body.appendChild(list);
    }
    if (prop.checks) {
      body.appendChild(el("h3", "What the spec checks"));
      body.appendChild(el("p", prop.checks));
    }
    if (typeof dialog.showModal === "function") {
      if (!dialog.open) { dialog.showModal(); }
    } else {
      dialog.setAttribute("open", "open");
    }
    document.getElementById("detail-close").focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-cell]") : null;
    if (button) { show(Number(button.getAttribute("data-cell"))); }
  });
  document.getElementById("detail-close").addEventListener("click", function () { dialog.close(); });
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function (event) {
    // The reset event comes before the form resets its boxes: do it here, then filter.
    event.preventDefault();
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]"), function (box) {
      box.checked = box.name !== "disagree";
    });
    apply();
  });
  form.hidden = false;
  apply();
}());
