/// The one script of the meeting day: it saves an item's notes as the clerk types (at most every
/// three seconds while something changed) and says so; on a conflict it stops and shows the message.
/// Without it the item's Save button does the same job.
enum LiveMinutesScript {
    static let path = "/assets/live-minutes.js"

    static let source = """
        (function () {
          "use strict";
          var form = document.querySelector("form[data-autosave]");
          if (!form || !window.fetch || !window.URLSearchParams) { return; }
          var status = document.getElementById("autosave-status");
          var dirty = false, saving = false, stopped = false;
          form.addEventListener("input", function () { dirty = true; });
          form.addEventListener("change", function () { dirty = true; });
          function say(text, isError) {
            if (!status) { return; }
            status.textContent = text;
            status.className = isError ? "autosave error-message" : "autosave";
            if (isError) { status.setAttribute("role", "alert"); }
          }
          function save() {
            if (!dirty || saving || stopped) { return; }
            saving = true;
            dirty = false;
            var body = new URLSearchParams(new FormData(form));
            fetch(form.action, { method: "POST", body: body, credentials: "same-origin",
                                 headers: { "X-Autosave": "1", "Accept": "application/json" } })
              .then(function (response) {
                return response.json().then(function (json) { return { ok: response.ok, json: json }; });
              })
              .then(function (result) {
                saving = false;
                if (result.ok) {
                  form.elements["version"].value = String(result.json.version);
                  say("Draft saved at " + result.json.savedAt + ".", false);
                } else {
                  stopped = true;
                  dirty = true;
                  say(result.json.error ? result.json.error.message : "Not saved.", true);
                }
              })
              .catch(function () {
                saving = false;
                dirty = true;
                say("Not saved yet: the connection failed. Trying again.", true);
              });
          }
          window.setInterval(save, 3000);
          form.addEventListener("submit", function () { stopped = true; });
        })();
        """
}
