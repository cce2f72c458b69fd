/* A stand-in for Zendesk's ZAF client, injected before the sidebar's scripts run.
 * It records every call in window.__zaf.calls and answers like the ticket sidebar would.
 * request() does what Zendesk's proxy does for secure: true: replaces {{setting.api_key}}
 * with the app's secure setting, then forwards the request (here, to the real caredraft). */
(function () {
  var cfg = __CONFIG__;
  var calls = [];
  window.__zaf = { calls: calls };
  function record(call) { calls.push(JSON.parse(JSON.stringify(call))); }
  var client = {
    metadata: function () {
      record({ op: "metadata" });
      return Promise.resolve({ settings: { caredraft_url: cfg.base } });
    },
    get: function (paths) {
      record({ op: "get", paths: paths });
      var out = {};
      [].concat(paths).forEach(function (path) { out[path] = cfg.data[path]; });
      return Promise.resolve(out);
    },
    invoke: function (name) {
      var args = Array.prototype.slice.call(arguments, 1);
      record({ op: "invoke", name: name, args: args });
      return Promise.resolve({});
    },
    on: function (name) { record({ op: "on", name: name }); },
    request: function (options) {
      record({ op: "request", options: options });
      var headers = {};
      Object.keys(options.headers || {}).forEach(function (name) {
        var value = String(options.headers[name]);
        headers[name] = options.secure ? value.split("{{setting.api_key}}").join(cfg.apiKey) : value;
      });
      if (options.contentType) headers["Content-Type"] = options.contentType;
      return fetch(options.url, { method: options.type || "GET", headers: headers, body: options.data })
        .then(function (response) {
          return response.text().then(function (text) {
            var json = null;
            try { json = JSON.parse(text); } catch (ignored) { json = null; }
            record({ op: "response", status: response.status, body: json });
            if (!response.ok) throw { status: response.status, responseText: text, responseJSON: json };
            return json;
          });
        });
    },
  };
  window.ZAFClient = { init: function () { record({ op: "init" }); return client; } };
})();
