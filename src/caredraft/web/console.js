/* The review console: queues, one item at a time, claim / approve / edit and approve / reject.
 *
 * The page holds no data of its own. It calls the JSON API with the key the user typed
 * (kept in sessionStorage: this tab only) and shows what the API returns to that key's role;
 * a 403 clears the page and says why. Text is rendered with DOM nodes only (see common.js). */
(function () {
  "use strict";
  var CD = window.CD;
  var el = CD.el;
  var KEY = "caredraft.apiKey";
  var QUEUE_TITLE = { human_review: "Human review queue", clinical_review: "Clinical review queue (crisis)" };

  var state = { queue: "human_review", status: "open", items: [], selected: null };
  var $ = function (id) { return document.getElementById(id); };

  function key() { return sessionStorage.getItem(KEY); }

  function api(method, path, body) {
    var headers = { Authorization: "Bearer " + key(), Accept: "application/json" };
    var init = { method: method, headers: headers, credentials: "omit", cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    // Relative to /console/, so the console also works behind a proxy that adds a path prefix.
    return fetch(".." + path, init).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (!response.ok) throw CD.apiError(response.status, data);
        return data;
      });
    });
  }

  function say(text) { $("status").textContent = text; }

  function alarm(text) {
    var node = $("alert");
    node.textContent = text || "";
    node.hidden = !text;
  }

  function explain(err, what) {
    if (err.status === 401) return "The API key is unknown or revoked. Enter a valid key.";
    if (err.status === 403) return "Not allowed: you may not " + what + " (" + err.message + ").";
    if (err.status === 409) return "Someone else got there first: " + err.message + ".";
    if (err.status === 404) return "Not found: " + err.message + ".";
    return "Could not " + what + ": " + err.message;
  }

  // -- key ------------------------------------------------------------------------------
  function showKeyState() {
    var has = Boolean(key());
    $("key-form").hidden = has;
    $("key-state").hidden = !has;
  }

  function useKey(event) {
    event.preventDefault();
    var value = $("api-key").value.trim();
    if (!value) return;
    sessionStorage.setItem(KEY, value);
    $("api-key").value = "";
    showKeyState();
    loadQueue(true);
  }

  function forgetKey() {
    sessionStorage.removeItem(KEY);
    wipe();
    showKeyState();
    say("Key forgotten.");
    $("api-key").focus();
  }

  // -- queue ------------------------------------------------------------------------------
  /** Remove every item and the detail view: nothing a role may not read stays in the page. */
  function wipe() {
    state.items = [];
    state.selected = null;
    CD.clear($("items"));
    CD.clear($("detail"));
    $("detail").hidden = true;
    $("queue-empty").hidden = true;
  }

  function chooseQueue(queue) {
    state.queue = queue;
    Array.prototype.forEach.call(document.querySelectorAll(".queue-tab"), function (tab) {
      tab.setAttribute("aria-pressed", String(tab.getAttribute("data-queue") === queue));
    });
    loadQueue(true);
  }

  function loadQueue(focusList) {
    $("queue-title").textContent = QUEUE_TITLE[state.queue];
    if (!key()) { wipe(); say("Enter an API key to open a queue."); return Promise.resolve(); }
    say("Loading the " + QUEUE_TITLE[state.queue].toLowerCase() + "…");
    var path = "/v1/review/" + state.queue + "?status=" + encodeURIComponent(state.status);
    return api("GET", path).then(function (data) {
      alarm("");
      var keep = state.selected;
      wipe();
      state.items = data.items;
      renderList();
      say(data.count + (data.count === 1 ? " item" : " items") + " in the " + QUEUE_TITLE[state.queue].toLowerCase() + ".");
      var again = keep && data.items.filter(function (i) { return i.id === keep; })[0];
      if (again) showItem(again, false);
      if (focusList) focusFirstItem();
    }).catch(function (err) {
      wipe();
      say("");
      alarm(explain(err, "open the " + state.queue.replace("_", " ") + " queue"));
    });
  }

  function focusFirstItem() {
    var first = document.querySelector("#items button");
    if (first) first.focus();
  }

  function renderList() {
    var list = $("items");
    CD.clear(list);
    $("queue-empty").hidden = state.items.length > 0;
    state.items.forEach(function (item) {
      var severity = CD.severityName(item.severity_rank);
      var who = item.status === "claimed" ? "claimed by " + item.claimed_by : item.status;
      var button = el("button", { type: "button", "class": "item", "data-id": item.id,
                                  "aria-current": item.id === state.selected ? "true" : null },
        el("span", { "class": "severity severity-" + severity, text: severity }),
        el("span", { "class": "waited", text: "waiting " + CD.waited(item.waited_seconds) }),
        el("span", { "class": "item-status", text: who }),
        el("span", { "class": "item-lang", text: item.language }),
        el("span", { "class": "visually-hidden", text: " item " + item.id }));
      button.addEventListener("click", function () { showItem(item, true); });
      list.appendChild(el("li", {}, button));
    });
  }

  // -- one item ---------------------------------------------------------------------------
  function section(title, id) {
    return el("section", { "class": "part", "aria-labelledby": id }, el("h3", { id: id, text: title }));
  }

  function showItem(item, focus) {
    state.selected = item.id;
    Array.prototype.forEach.call(document.querySelectorAll("#items button"), function (b) {
      if (b.getAttribute("data-id") === item.id) b.setAttribute("aria-current", "true");
      else b.removeAttribute("aria-current");
    });
    var detail = $("detail");
    CD.clear(detail);
    detail.hidden = false;
    var open = item.status === "pending" || item.status === "claimed";
    var severity = CD.severityName(item.severity_rank);

    detail.appendChild(el("h2", { id: "detail-title", tabindex: "-1",
      text: "Item " + item.id.slice(0, 8) + ": " + severity + ", waiting " + CD.waited(item.waited_seconds) }));
    detail.appendChild(el("dl", { "class": "facts" },
      el("dt", { text: "Status" }), el("dd", { id: "item-status", text: item.status }),
      el("dt", { text: "Route" }), el("dd", { text: CD.ROUTE_LABEL[item.route] || item.route }),
      el("dt", { text: "Language" }), el("dd", { text: item.language }),
      item.claimed_by ? [el("dt", { text: "Claimed by" }), el("dd", { text: item.claimed_by })] : null,
      item.decided_by ? [el("dt", { text: "Decided by" }), el("dd", { text: item.decided_by })] : null,
      item.decision_reason ? [el("dt", { text: "Reason" }), el("dd", { text: item.decision_reason })] : null,
      item.degraded ? [el("dt", { text: "Note" }), el("dd", { text: "A component failed; screening alone routed this." })] : null));

    var message = section("Customer's message", "h-message");
    message.appendChild(el("blockquote", { id: "customer-text", "class": "customer-text" },
      CD.highlighted(item.customer_text, item.evidence.filter(function (s) { return s.turn == null; }))));
    if (item.history && item.history.length) {
      // A signal found in an earlier message carries its index in the history (Signal.turn):
      // it is marked there, and the list is open so the reviewer sees it.
      var inHistory = item.evidence.some(function (s) { return s.turn != null; });
      message.appendChild(el("details", inHistory ? { open: "" } : {},
        el("summary", { text: "Earlier messages (" + item.history.length + ")" }),
        el("ol", { id: "history" }, item.history.map(function (turn, i) {
          return el("li", {}, el("strong", { text: turn.role + ": " }),
            CD.highlighted(String(turn.text || ""), item.evidence.filter(function (s) { return s.turn === i; })));
        }))));
    }
    detail.appendChild(message);

    var evidence = section("Evidence", "h-evidence");
    evidence.appendChild(item.evidence.length ? el("ul", { id: "evidence" }, item.evidence.map(function (s) {
      return el("li", {}, el("strong", { text: s.category }), " — " + s.kind + ", " + s.severity + ", " + s.source + ": ",
        el("q", { text: s.evidence }), s.note ? " (" + s.note + ")" : null,
        s.turn != null ? " — in earlier message #" + (s.turn + 1) : null);
    })) : el("p", { text: "No signal quoted." }));
    if (item.reasons.length) {
      evidence.appendChild(el("h4", { text: "Why it is in this queue" }));
      evidence.appendChild(el("ul", {}, item.reasons.map(function (r) { return el("li", { text: r }); })));
    }
    detail.appendChild(evidence);

    var draft = section("Draft", "h-draft");
    var form = el("form", { id: "decide", "class": "decide" });
    var reply = el("textarea", { id: "reply", name: "reply", rows: "10", "aria-describedby": "reply-help" });
    reply.value = item.final_text || item.draft.text;
    reply.readOnly = !open;
    form.appendChild(el("label", { "for": "reply", text: open ? "Reply (edit it before approving if needed)" : "Final reply" }));
    form.appendChild(reply);
    form.appendChild(el("p", { id: "reply-help", "class": "help",
      text: "Drafted by " + item.draft.producer + (item.draft.ready_to_send ? "; ready to send." : "; not ready to send as is.") }));
    var claim = el("button", { type: "button", id: "claim", text: "Claim", disabled: !open || item.status === "claimed" });
    var approve = el("button", { type: "submit", id: "approve", "class": "primary", text: "Approve", disabled: !open });
    var reason = el("input", { id: "reject-reason", type: "text", maxlength: "2000", disabled: !open });
    var reject = el("button", { type: "button", id: "reject", text: "Reject", disabled: !open });
    form.appendChild(el("div", { "class": "actions" }, claim, approve));
    form.appendChild(el("div", { "class": "reject" }, el("label", { "for": "reject-reason", text: "Reason for rejecting" }), reason, reject));
    reply.addEventListener("input", function () {
      approve.textContent = edited(item, reply.value) ? "Approve with my edits" : "Approve";
    });
    claim.addEventListener("click", function () { act(item, "claim"); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = edited(item, reply.value) ? { edited_text: reply.value } : undefined;
      act(item, "approve", body);
    });
    reject.addEventListener("click", function () {
      if (!reason.value.trim()) { alarm("Give a reason for rejecting."); reason.focus(); return; }
      act(item, "reject", { reason: reason.value });
    });
    draft.appendChild(form);
    detail.appendChild(draft);

    var checks = section("Checks", "h-checks");
    checks.appendChild(CD.checksList(item.check));
    detail.appendChild(checks);
    var cites = section("Citations", "h-citations");
    cites.appendChild(CD.citationsList(item.draft.citations));
    detail.appendChild(cites);

    if (focus) $("detail-title").focus();
  }

  function edited(item, text) {
    return text.trim() !== "" && text.trim() !== (item.final_text || item.draft.text).trim();
  }

  var DONE = { claim: "Claimed.", approve: "Approved.", reject: "Rejected." };

  function act(item, action, body) {
    alarm("");
    say((action === "claim" ? "Claiming" : action === "approve" ? "Approving" : "Rejecting") + "…");
    var typed = $("reply") ? $("reply").value : null;  // an edit made before claiming survives the claim
    return api("POST", "/v1/review/items/" + encodeURIComponent(item.id) + "/" + action, body).then(function (updated) {
      var message = action === "approve" && body ? "Approved with your edits." : DONE[action];
      replaceItem(updated);
      showItem(updated, false);
      if (action === "claim" && typed !== null) {
        $("reply").value = typed;
        $("reply").dispatchEvent(new Event("input"));
      }
      say(message + " Item " + updated.id.slice(0, 8) + " is now " + updated.status + ".");
      var next = action === "claim" ? $("approve") : $("detail-title");
      if (next) next.focus();
    }).catch(function (err) {
      say("");
      alarm(explain(err, action + " this item"));
      if (err.status === 403 || err.status === 401) wipe();
    });
  }

  function replaceItem(updated) {
    state.items = state.items.map(function (i) { return i.id === updated.id ? updated : i; });
    renderList();
  }

  // -- start ------------------------------------------------------------------------------
  document.addEventListener("DOMContentLoaded", function () {
    $("key-form").addEventListener("submit", useKey);
    $("forget-key").addEventListener("click", forgetKey);
    $("refresh").addEventListener("click", function () { loadQueue(false); });
    $("status-filter").addEventListener("change", function (event) { state.status = event.target.value; loadQueue(false); });
    Array.prototype.forEach.call(document.querySelectorAll(".queue-tab"), function (tab) {
      tab.addEventListener("click", function () { chooseQueue(tab.getAttribute("data-queue")); });
    });
    showKeyState();
    loadQueue(false);
  });
})();
