// Swagger UI on /docs, reading the document the page names. Here rather than inline: the
// service's Content-Security-Policy runs scripts from files only.
"use strict";
(function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.document,
    domNode: root,
    deepLinking: true,
    // No badge from the public validator: nothing leaves the service.
    validatorUrl: null,
    tryItOutEnabled: false,
    docExpansion: "list",
    defaultModelsExpandDepth: -1
  });
})();
