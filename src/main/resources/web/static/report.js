// The public report page: the location is read only when the citizen presses the button (that
// press is the consent), a photo too large or of the wrong type is refused before it is sent (the
// server checks again), a form is sent once however often it is pressed, and an error or a result
// takes the focus so that screen readers read it first.
(function () {
  "use strict";
  var types = ["image/jpeg", "image/png"];

  document.querySelectorAll("button.locate").forEach(function (button) {
    if (!("geolocation" in navigator)) {
      return;
    }
    button.hidden = false;
    var status = button.parentNode.querySelector(".location-status");
    button.addEventListener("click", function () {
      status.textContent = button.dataset.asking;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          button.form.elements.lat.value = position.coords.latitude.toFixed(6);
          button.form.elements.lon.value = position.coords.longitude.toFixed(6);
          status.textContent = button.dataset.taken + " (" +
            position.coords.latitude.toFixed(4) + ", " + position.coords.longitude.toFixed(4) + ")";
        },
        function () {
          status.textContent = button.dataset.failed;
        },
        { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
    });
  });

  var form = document.getElementById("report-form");
  var photo = document.getElementById("photo");
  if (form && photo) {
    photo.addEventListener("change", function () {
      var file = photo.files && photo.files[0];
      var message = "";
      if (file && types.indexOf(file.type) < 0) {
        message = form.dataset.wrongType;
      } else if (file && file.size > Number(form.dataset.maxPhoto)) {
        message = form.dataset.tooLarge;
      }
      if (message) {
        photo.value = "";
      }
      document.getElementById("photo-error").textContent = message;
    });
  }

  document.querySelectorAll("form[method=post]").forEach(function (sent) {
    sent.addEventListener("submit", function () {
      sent.querySelectorAll("button[type=submit]").forEach(function (button) {
        // Disabled after this turn, so that the pressed button's own value is still sent.
        setTimeout(function () { button.disabled = true; }, 0);
      });
    });
  });

  var first = document.getElementById("form-error") || document.getElementById("done-h");
  if (first) {
    first.focus();
  }
})();
