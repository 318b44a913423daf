// The ticket page: a photo too large or of the wrong type is refused before it is sent (the server
// checks again), a form is sent once however often its button is pressed, and the outcome of the
// last action takes the focus so that screen readers read it.
(function () {
  "use strict";
  var page = document.querySelector(".ticket-page");
  if (!page) {
    return;
  }
  var maxBytes = Number(page.dataset.maxPhoto);
  var types = ["image/jpeg", "image/png"];

  document.querySelectorAll("input.photo-input").forEach(function (input) {
    input.addEventListener("change", function () {
      var error = input.form.querySelector(".field-error");
      var file = input.files && input.files[0];
      var message = "";
      if (file && types.indexOf(file.type) < 0) {
        message = page.dataset.wrongType;
      } else if (file && file.size > maxBytes) {
        message = page.dataset.tooLarge;
      }
      if (message) {
        input.value = "";
      }
      error.textContent = message;
    });
  });

  document.querySelectorAll(".ticket-page form").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (button) {
        // Disabled after this turn, so that the button's own press still sends the form.
        setTimeout(function () { button.disabled = true; }, 0);
      });
    });
  });

  var outcome = document.getElementById("outcome");
  if (outcome) {
    outcome.focus();
  }
})();
