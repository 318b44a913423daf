// The queue page: filters apply as they change, and every few seconds the page asks how many
// tickets arrived since it was drawn; a polite banner offers to show them without a reload.
(() => {
  'use strict';
  const EVERY_MS = 3000;
  const form = document.getElementById('queue-filters');
  const region = document.getElementById('queue-region');
  const live = document.getElementById('queue-live');
  if (!form || !region || !live) {
    return;
  }
  let since = region.dataset.changes;
  form.classList.add('live');

  form.addEventListener('change', (event) => {
    if (event.target.matches('select, input[type="checkbox"]')) {
      form.requestSubmit();
    }
  });

  function changesAddress() {
    const parameters = new URLSearchParams(location.search);
    parameters.delete('page');
    parameters.set('since', since);
    return '/queue/changes?' + parameters.toString();
  }

  async function poll() {
    if (!document.hidden) {
      try {
        const answer = await fetch(changesAddress(), {
          headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store'
        });
        if (answer.status === 401) {
          return; // signed out elsewhere: the next click leads to the sign-in page
        }
        if (answer.ok) {
          const changes = await answer.json();
          if (changes.arrived > 0) {
            announce(changes.arrived);
          }
        }
      } catch (offline) {
        // The network is gone for a moment: ask again at the next turn.
      }
    }
    setTimeout(poll, EVERY_MS);
  }

  function announce(count) {
    let button = live.querySelector('button');
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'queue-new';
      button.id = 'queue-show-new';
      button.addEventListener('click', show);
      live.replaceChildren(button);
    }
    button.textContent = count === 1 ? live.dataset.one : live.dataset.many.replace('{n}', count);
  }

  async function show() {
    const answer = await fetch(location.href, {
      headers: { Accept: 'text/html' }, credentials: 'same-origin', cache: 'no-store'
    });
    const fresh = answer.ok
      ? new DOMParser().parseFromString(await answer.text(), 'text/html')
      : null;
    const freshRegion = fresh && fresh.getElementById('queue-region');
    if (!freshRegion) {
      location.reload();
      return;
    }
    region.replaceChildren(...adopted(freshRegion));
    since = freshRegion.dataset.changes;
    region.dataset.changes = since;
    const facets = document.getElementById('queue-facets');
    const freshFacets = fresh.getElementById('queue-facets');
    if (facets && freshFacets && !facets.contains(document.activeElement)) {
      facets.replaceChildren(...adopted(freshFacets));
    }
    live.textContent = live.dataset.shown;
    document.getElementById('queue-summary').focus();
  }

  function adopted(element) {
    return Array.from(element.childNodes, (node) => document.importNode(node, true));
  }

  setTimeout(poll, EVERY_MS);
})();
