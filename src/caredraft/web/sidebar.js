/* The Zendesk ticket sidebar: caredraft's suggestion for the newest customer comment.
 *
 * Inside Zendesk the page is an iframe of the caredraft app (integrations/zendesk-app). It
 * talks to Zendesk through the ZAF client and to caredraft through client.request() with
 * secure: true, so Zendesk's proxy adds the API key from the app's secure setting and the
 * key never reaches the browser. The ZAF SDK comes from Zendesk's CDN and is loaded only
 * when Zendesk opened the page (it passes ?origin=&app_guid=); a test may define its own
 * window.ZAFClient before this script runs. Crisis items get no Insert button: the holding
 * message is guidance for the agent while a clinician takes over. */
(function () {
  "use strict";
  var CD = window.CD;
  var el = CD.el;
  var SDK_URL = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js";
  var KEY_PLACEHOLDER = "{{setting.api_key}}";  // replaced by Zendesk's proxy, never visible here
  var HISTORY_TURNS = 10;
  var $ = function (id) { return document.getElementById(id); };
  var ctx = { client: null, base: "", draft: null };

  function say(text) { $("status").textContent = text; }

  function alarm(text) {
    $("alert").textContent = text || "";
    $("alert").hidden = !text;
  }

  // -- talking to Zendesk -----------------------------------------------------------------
  function htmlToText(html) {
    // DOMParser documents are inert: no script runs and nothing loads.
    var doc = new DOMParser().parseFromString(String(html || ""), "text/html");
    Array.prototype.forEach.call(doc.querySelectorAll("br"), function (br) { br.replaceWith("\n"); });
    Array.prototype.forEach.call(doc.querySelectorAll("p, div, li"), function (block) { block.append("\n"); });
    return (doc.body.textContent || "").replace(/\n{3,}/g, "\n\n").trim();
  }

  function commentText(comment) {
    return htmlToText(comment.value !== undefined ? comment.value : comment.body);
  }

  function isCustomer(comment) {
    var role = comment.author && comment.author.role;
    return role === "end-user" || role === "end_user";
  }

  function newestFirst(a, b) {
    return Number(b.id) - Number(a.id);
  }

  /** The request for caredraft: the newest customer comment, earlier comments as history. */
  function draftRequest(ticketId, comments) {
    var ordered = (comments || []).slice().sort(newestFirst);
    var latest = ordered.filter(isCustomer)[0];
    if (!latest) return null;
    var earlier = ordered.filter(function (c) { return Number(c.id) < Number(latest.id); })
      .slice(0, HISTORY_TURNS).reverse()
      .map(function (c) { return { role: isCustomer(c) ? "customer" : "agent", text: commentText(c) }; })
      .filter(function (turn) { return turn.text; });
    return {
      key: "zendesk-" + ticketId + "-" + latest.id,
      body: { text: commentText(latest), ticket_id: String(ticketId), channel: "zendesk", history: earlier },
    };
  }

  function caredraft(method, path, body, idempotencyKey) {
    var headers = { Authorization: "Bearer " + KEY_PLACEHOLDER, Accept: "application/json" };
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    var options = { url: ctx.base + path, type: method, headers: headers, secure: true, cors: false, dataType: "json" };
    if (body !== undefined) {
      options.contentType = "application/json";
      options.data = JSON.stringify(body);
    }
    return ctx.client.request(options).catch(function (failure) {
      var data = failure && failure.responseJSON;
      if (!data && failure && failure.responseText) {
        try { data = JSON.parse(failure.responseText); } catch (ignored) { data = null; }
      }
      throw CD.apiError((failure && failure.status) || 0, data);
    });
  }

  // -- showing the suggestion -------------------------------------------------------------
  function part(title, id, content) {
    return el("section", { "class": "part", "aria-labelledby": id }, el("h2", { id: id, text: title }), content);
  }

  /** What the agent may do with this draft: [insertable text or null, explanation]. */
  function verdict(draft) {
    if (draft.route === "clinical_review") {
      return [null, "Crisis: a clinician has been alerted and takes this ticket. Do not send a reply from here; " +
        "follow your crisis procedure. The holding message below is guidance for you, not for pasting."];
    }
    if (draft.status === "approved") {
      return [draft.final_text || draft.draft.text, "A reviewer approved this reply" + (draft.final_text ? " with edits." : ".")];
    }
    if (draft.status === "rejected") return [null, "A reviewer rejected this draft. Write the reply yourself."];
    if (draft.status === "pending" || draft.status === "claimed") {
      return [null, "Waiting for a reviewer (" + (CD.ROUTE_LABEL[draft.route] || draft.route) + "). Check again later."];
    }
    if (draft.status === "received" || !draft.draft) return [null, "caredraft is still drafting. Check again in a moment."];
    if (draft.draft && draft.draft.ready_to_send) return [draft.draft.text, "Ready: read it, then insert it into your reply."];
    return [null, "This draft is not ready to send. Read the checks and write or fix the reply yourself."];
  }

  function render(draft) {
    ctx.draft = draft;
    var result = $("result");
    CD.clear(result);
    result.hidden = false;
    var decision = verdict(draft);
    var insertable = decision[0];
    var crisis = draft.route === "clinical_review";
    var screening = draft.screening;

    result.appendChild(el("dl", { "class": "facts" },
      el("dt", { text: "Route" }),
      el("dd", {}, el("span", { id: "route", "class": "route route-" + draft.route, text: CD.ROUTE_LABEL[draft.route] || draft.route })),
      el("dt", { text: "Emotion" }),
      el("dd", { id: "emotion", text: screening ? screening.emotion : (draft.redacted ? "shown to clinicians only" : "unknown") }),
      el("dt", { text: "Status" }), el("dd", { id: "draft-status", text: draft.status })));
    result.appendChild(el("p", { id: "guidance", "class": crisis ? "guidance crisis" : "guidance", text: decision[1] }));

    var text = insertable || (draft.draft ? draft.draft.text : "");
    var title = crisis ? "Holding message (guidance, not for pasting)" : insertable ? "Suggested reply" : "Draft (not ready to send)";
    result.appendChild(part(title, "h-draft", el("div", { id: "draft-text", "class": crisis ? "draft-text guidance-text" : "draft-text", text: text })));

    if (!crisis) {
      var insert = el("button", { type: "button", id: "insert", "class": "primary", "aria-describedby": "guidance",
                                  text: "Insert into reply", disabled: !insertable });
      insert.addEventListener("click", function () { insertDraft(insertable); });
      result.appendChild(el("div", { "class": "actions" }, insert));
    }
    if (draft.reasons && draft.reasons.length) {
      result.appendChild(part("Why", "h-why", el("ul", {}, draft.reasons.map(function (r) { return el("li", { text: r }); }))));
    }
    result.appendChild(part("Citations", "h-citations", CD.citationsList(draft.citations, draft.passages)));
    result.appendChild(part("Checks", "h-checks", CD.checksList(draft.check)));
    $("refresh").hidden = crisis || ["pending", "claimed", "received"].indexOf(draft.status) < 0;
    say("Suggestion for this ticket loaded.");
    resize();
  }

  function insertDraft(text) {
    if (!text) return;
    ctx.client.invoke("ticket.editor.insert", text).then(function () {
      say("Inserted into the reply editor. Read it before sending.");
    }, function () {
      alarm("Zendesk did not accept the text. Copy it by hand.");
    });
  }

  function resize() {
    if (!ctx.client || !ctx.client.invoke) return;
    var height = Math.min(Math.max(document.body.scrollHeight + 16, 200), 1200);
    Promise.resolve(ctx.client.invoke("resize", { width: "100%", height: height + "px" })).catch(function () {});
  }

  function failed(err) {
    say("");
    if (err.status === 401) alarm("caredraft refused the API key. An admin must update the app's settings.");
    else if (err.status === 403) alarm("This key may not draft replies (it needs the agent role). " + err.message + ".");
    else if (err.status === 0) alarm("caredraft could not be reached. Check the app's caredraft URL setting.");
    else alarm("No suggestion: " + err.message);
    resize();
  }

  // -- start ------------------------------------------------------------------------------
  function run(client) {
    ctx.client = client;
    say("Asking caredraft for a suggestion…");
    return Promise.all([client.metadata(), client.get(["ticket.id", "ticket.comments"])]).then(function (got) {
      var settings = (got[0] && got[0].settings) || {};
      ctx.base = String(settings.caredraft_url || window.location.origin).replace(/\/+$/, "");
      var request = draftRequest(got[1]["ticket.id"], got[1]["ticket.comments"]);
      if (!request) { say("No customer comment on this ticket yet."); return null; }
      return caredraft("POST", "/v1/drafts", request.body, request.key).then(render);
    }).catch(failed);
  }

  function recheck() {
    if (!ctx.draft) return;
    say("Checking for a reviewed reply…");
    caredraft("GET", "/v1/drafts/" + encodeURIComponent(ctx.draft.id)).then(render).catch(failed);
  }

  function start() {
    $("refresh").addEventListener("click", recheck);
    if (window.ZAFClient) { run(window.ZAFClient.init()); return; }
    var params = new URLSearchParams(window.location.search);
    if (!(params.get("origin") && params.get("app_guid"))) {
      say("");
      alarm("Open this page from the caredraft app in a Zendesk ticket's sidebar (see integrations/zendesk-app).");
      return;
    }
    var script = document.createElement("script");
    script.src = SDK_URL;
    script.addEventListener("load", function () { run(window.ZAFClient.init()); });
    script.addEventListener("error", function () { say(""); alarm("The Zendesk app SDK could not be loaded."); });
    document.head.appendChild(script);
  }

  document.addEventListener("DOMContentLoaded", start);
  window.caredraftSidebar = { draftRequest: draftRequest, htmlToText: htmlToText };
})();
