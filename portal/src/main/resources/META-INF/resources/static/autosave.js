// Autosave for the answer forms: a moment after the user stops typing or picks a level, the answer is saved
// with the version the page was given (If-Match), and the form's status line says "Saved" or what went wrong.
// Without JavaScript each form's "Save answer" button does the same with a full page.
(function () {
  'use strict';
  var DELAY_MS = 1500;

  function setStatus(form, text) {
    var status = form.querySelector('.quads-save-status');
    if (status) {
      status.textContent = text;
    }
  }

  function save(form) {
    if (form.dataset.stale === 'true') {
      return;
    }
    // One save at a time per answer: the next one must send the version the last one returned.
    if (form.dataset.saving === 'true') {
      form.dataset.again = 'true';
      return;
    }
    form.dataset.saving = 'true';
    var body = new URLSearchParams(new FormData(form));
    setStatus(form, 'Saving…');
    fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body,
      credentials: 'same-origin'
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') < 0) {
        setStatus(form, 'Not saved: your session may have ended. Use “Save answer”.');
        return null;
      }
      return response.json().then(function (result) {
        if (result.saved) {
          form.querySelector('input[name=version]').value = result.version;
          // A saved answer is this year's own: it no longer waits for a confirmation.
          form.querySelectorAll('.quads-carried, .quads-confirm').forEach(function (el) { el.remove(); });
          setStatus(form, 'Saved ' + result.savedAt);
        } else if (result.theirs) {
          form.dataset.stale = 'true';
          setStatus(form, 'Not saved: someone else (' + result.theirs.by + ') changed this answer on '
            + result.theirs.at + '. Use “Save answer” to see their version.');
        } else {
          var problems = Object.keys(result.errors || {}).map(function (field) { return result.errors[field]; });
          // Plain sentences from the portal, each naming the question and the field as this page labels them.
          setStatus(form, 'Not saved. ' + (problems.length ? problems.join('. ') : result.message) + '.');
        }
      });
    }).catch(function () {
      setStatus(form, 'Not saved: Quads could not be reached. Try “Save answer” again.');
    }).then(function () {
      form.dataset.saving = 'false';
      if (form.dataset.again === 'true') {
        form.dataset.again = 'false';
        save(form);
      }
    });
  }

  document.querySelectorAll('form.quads-answer').forEach(function (form) {
    var timer = null;
    function later() {
      if (timer) {
        clearTimeout(timer);
      }
      setStatus(form, 'Changes not saved yet');
      timer = setTimeout(function () { timer = null; save(form); }, DELAY_MS);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
  });
})();
