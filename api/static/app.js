// gapcard's only script: keep an analysis page up to date, and show that an upload is running.
(function () {
  "use strict";

  function poll(delay) {
    var box = document.querySelector("[data-poll]");
    if (!box) return;
    window.setTimeout(function () {
      fetch(box.getAttribute("data-poll"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.text();
        })
        .then(function (html) {
          box.outerHTML = html;
          poll(1000);
        })
        .catch(function () {
          poll(Math.min(delay * 2, 10000));
        });
    }, delay);
  }

  function busyForms() {
    document.querySelectorAll("form[data-busy]").forEach(function (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector("button[type=submit]");
        if (button) {
          button.disabled = true;
          button.textContent = form.getAttribute("data-busy");
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    busyForms();
    poll(1000);
  });
})();
