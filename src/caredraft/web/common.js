/* Shared by the review console and the Zendesk sidebar. Plain script, no build step.
 *
 * Everything that shows text builds DOM nodes (createElement / textContent): customer and
 * draft text never passes through innerHTML, so markup in a message stays inert text. */
(function () {
  "use strict";

  /** el("p", {class: "x", "aria-live": "polite"}, "text", childNode, ...) */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    var key;
    for (key in attrs || {}) {
      if (!Object.prototype.hasOwnProperty.call(attrs, key) || attrs[key] === null || attrs[key] === undefined) continue;
      if (key === "text") node.textContent = String(attrs[key]);
      else if (key === "hidden" || key === "disabled") node[key] = Boolean(attrs[key]);
      else node.setAttribute(key, String(attrs[key]));
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  /** An API error body {"error": {"code", "message"}} -> an Error with .status and .code. */
  function apiError(status, body) {
    var detail = (body && body.error) || {};
    var err = new Error(detail.message || ("the server answered " + status));
    err.status = status;
    err.code = detail.code || "http_" + status;
    return err;
  }

  var SEVERITY = ["none", "low", "medium", "high", "critical"];

  function severityName(rank) { return SEVERITY[rank] || String(rank); }

  function waited(seconds) {
    var s = Math.max(0, Math.round(seconds));
    if (s < 60) return s + " s";
    var m = Math.floor(s / 60);
    if (m < 60) return m + " min";
    var h = Math.floor(m / 60);
    if (h < 48) return h + " h " + (m % 60) + " min";
    return Math.floor(h / 24) + " days";
  }

  var ROUTE_LABEL = {
    auto: "Auto: the agent may send after reading",
    human_review: "Human review",
    clinical_review: "Clinical review (crisis)",
  };

  /** The customer's text with the screener's evidence spans in <mark>.
   * Offsets come from Python: they count code points, so slice an array of code points,
   * not the UTF-16 string (an emoji before the span would shift it otherwise). */
  function highlighted(text, signals) {
    var chars = Array.from(text || "");
    var spans = (signals || [])
      .filter(function (s) { return s.end > s.start && s.start >= 0 && s.end <= chars.length; })
      .map(function (s) { return { start: s.start, end: s.end, signals: [s] }; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var merged = [];
    spans.forEach(function (span) {
      var last = merged[merged.length - 1];
      if (last && span.start < last.end) {
        last.end = Math.max(last.end, span.end);
        last.signals = last.signals.concat(span.signals);
      } else merged.push(span);
    });
    var nodes = [];
    var at = 0;
    merged.forEach(function (span) {
      if (span.start > at) nodes.push(chars.slice(at, span.start).join(""));
      var label = span.signals.map(function (s) { return s.kind + ": " + s.category + " (" + s.severity + ")"; }).join("; ");
      nodes.push(el("mark", { "class": "evidence evidence-" + span.signals[0].kind, title: label, "data-category": span.signals[0].category },
        chars.slice(span.start, span.end).join(""),
        el("span", { "class": "visually-hidden", text: " [" + label + "]" })));
      at = span.end;
    });
    if (at < chars.length) nodes.push(chars.slice(at).join(""));
    return nodes;
  }

  function checksList(check) {
    if (!check) return el("p", { text: "No checks ran." });
    var violations = check.violations || [];
    var errored = check.errored || [];
    return el("div", { "class": "checks" },
      el("p", {}, "Verdict: ", el("strong", { "class": "verdict verdict-" + check.verdict, text: check.verdict })),
      violations.length ? el("ul", {}, violations.map(function (v) {
        return el("li", {}, el("strong", { text: v.kind }), " (" + v.severity + "): " + (v.message || ""),
          v.evidence ? el("q", { text: v.evidence }) : null);
      })) : el("p", { text: check.verdict === "pass" ? "No problems found in the draft."
        : "No specific problem listed: the route or a failed check decided this verdict." }),
      errored.length ? el("p", { "class": "warning", text: "Checks that failed to run: " + errored.join(", ") }) : null);
  }

  function citationsList(citations, passages) {
    var byCitation = {};
    (passages || []).forEach(function (p) { byCitation[p.language + ":" + p.id] = p; });
    if (!citations || !citations.length) return el("p", { text: "No policy passage cited." });
    return el("ul", { "class": "citations" }, citations.map(function (c) {
      var p = byCitation[c];
      return el("li", {}, el("code", { text: c }), p ? " — " + p.title + ": " + p.heading : null);
    }));
  }

  window.CD = {
    el: el, clear: clear, apiError: apiError, severityName: severityName, waited: waited,
    ROUTE_LABEL: ROUTE_LABEL, highlighted: highlighted, checksList: checksList, citationsList: citationsList,
  };
})();
