// Typeahead for the filter boxes: as one types in an <input data-suggest="URL">, the names the API finds for what was
// typed fill the box's <datalist>. Without this script the boxes still work: the server resolves the typed name.
(function () {
  'use strict';
  function attach(input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) return;
    var timer = 0, asked = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2 || text === asked) return;
        asked = text;
        fetch(input.dataset.suggest + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { items: [] }; })
          .then(function (page) {
            if (text !== asked) return;
            list.replaceChildren();
            (page.items || []).forEach(function (item) {
              var option = document.createElement('option');
              option.value = item.name || item.title || '';
              list.appendChild(option);
            });
            input.dataset.suggested = String(list.children.length);
          })
          .catch(function () { });
      }, 150);
    });
  }
  document.querySelectorAll('input[data-suggest]').forEach(attach);
})();
