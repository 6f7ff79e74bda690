// gapcard's only script: keep an analysis page up to date, show that an upload is running,
// and sort and filter the portfolio table.
(function () {
  "use strict";

  function poll(delay) {
    var box = document.querySelector("[data-poll]");
    if (!box) return;
    window.setTimeout(function () {
      fetch(box.getAttribute("data-poll"), { credentials: "same-origin" })
        .then(function (response) {
          // The session ended (expired, signed out, key revoked): go to the sign-in page
          // rather than paste it into the card.
          if (response.status === 401 || response.redirected) {
            window.location.assign(response.headers.get("X-Sign-In") || "/");
            return null;
          }
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.text();
        })
        .then(function (html) {
          if (html === null) return;
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
