// The demo page, live: every second it asks whether the chats changed and shows them anew, and
// its forms are sent in the background. Without this script the forms still work (post, then
// back to the page).
(function () {
  'use strict';
  var root = document.getElementById('demo');
  if (!root) {
    return;
  }
  var busy = false;

  function atBottom(list) {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  }

  function show(fresh) {
    fresh.querySelectorAll('.demo-live').forEach(function (live) {
      var old = document.getElementById(live.id);
      if (!old) {
        return;
      }
      var oldList = old.querySelector('.demo-messages');
      var follow = !oldList || atBottom(oldList);
      old.replaceWith(live);
      var list = live.querySelector('.demo-messages');
      if (list && follow) {
        list.scrollTop = list.scrollHeight;
      }
    });
    root.dataset.version = fresh.dataset.version;
  }

  function refresh() {
    if (busy) {
      return Promise.resolve();
    }
    busy = true;
    return fetch('/demo/chats?since=' + encodeURIComponent(root.dataset.version), {
      credentials: 'same-origin',
      headers: { Accept: 'text/html' }
    })
      .then(function (answer) {
        return answer.status === 200 ? answer.text() : null;
      })
      .then(function (html) {
        if (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html');
          var chats = fresh.getElementById('demo-chats');
          if (chats) {
            show(chats);
          }
        }
      })
      .catch(function () {
        // The next tick tries again.
      })
      .finally(function () {
        busy = false;
      });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-demo')) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    var action = submitter && submitter.hasAttribute('formaction') ? submitter.formAction : form.action;
    var body = new URLSearchParams(new FormData(form, submitter));
    fetch(action, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual' })
      .then(function () {
        if (!submitter || !submitter.name) {
          form.querySelector('input[name="text"]').value = '';
        }
        return refresh();
      });
  });

  document.querySelectorAll('.demo-messages').forEach(function (list) {
    list.scrollTop = list.scrollHeight;
  });
  setInterval(refresh, 1000);
})();
