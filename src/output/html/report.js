// whosaid report: the speaker and kind filters. Without this script the form
// stays hidden and every quotation stays highlighted.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  function checked(name) {
    var on = {};
    form.querySelectorAll("input[name=" + name + "]").forEach(function (i) {
      on[i.value] = i.checked;
    });
    return on;
  }
  function apply() {
    var speakers = checked("speaker");
    var kinds = checked("kind");
    document.querySelectorAll("mark[data-kind]").forEach(function (m) {
      var speech = m.classList.contains("q");
      var on = kinds[speech ? m.dataset.kind : "non-speech"] !== false;
      if (speech) on = on && speakers[m.dataset.speaker || ""] !== false;
      m.classList.toggle("off", !on);
    });
  }
  form.addEventListener("change", apply);
  form.querySelectorAll("button[data-all]").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.dataset.all === "on";
      form.querySelectorAll("input[name=" + b.dataset.name + "]").forEach(function (i) {
        i.checked = on;
      });
      apply();
    });
  });
  apply();
})();
