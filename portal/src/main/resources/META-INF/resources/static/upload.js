// The evidence upload, enhanced: a file can be dropped on the upload as well as chosen, and the form is sent with
// XMLHttpRequest so that a progress bar can say how much of the file has gone. The native <input type="file"
// id="file"> stays where it is, visible and usable (keyboard, screen reader, and browser automation alike): a drop
// only sets its files. Once the portal has answered, the browser shows that answer as a page of its own: the
// evidence page with its success banner, or the page with the GOV.UK error summary for a refused file, exactly as
// the form would have without JavaScript (which it still does: nothing here runs, and the form posts as it is).
(function () {
  'use strict';
  var form = document.querySelector('form[data-quads-upload]');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('.quads-drop-zone');
  var progress = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-progress-bar');
  var status = document.getElementById('upload-status');
  var button = form.querySelector('button[type=submit]');
  if (!input || !zone || !progress || !bar || !status) {
    return;
  }
  var sending = false;

  zone.classList.add('quads-drop-zone--enabled');
  zone.querySelectorAll('[data-quads-js]').forEach(function (el) { el.hidden = false; });

  function carriesFiles(event) {
    var types = event.dataTransfer && event.dataTransfer.types;
    return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
  }

  function over(event) {
    if (!carriesFiles(event)) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('quads-drop-zone--over');
  }

  function leave(event) {
    if (!zone.contains(event.relatedTarget)) {
      zone.classList.remove('quads-drop-zone--over');
    }
  }

  function drop(event) {
    event.preventDefault();
    zone.classList.remove('quads-drop-zone--over');
    var files = event.dataTransfer && event.dataTransfer.files;
    if (!files || !files.length || sending) {
      return;
    }
    // The upload takes one file: the first of several dropped.
    var one = new DataTransfer();
    one.items.add(files[0]);
    input.files = one.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    status.textContent = files.length > 1
      ? files[0].name + ' selected (only the first of the ' + files.length + ' files dropped)'
      : files[0].name + ' selected';
  }

  zone.addEventListener('dragenter', over);
  zone.addEventListener('dragover', over);
  zone.addEventListener('dragleave', leave);
  zone.addEventListener('drop', drop);
  // A file dropped just beside the drop zone must not make the browser leave the page (and the form) to open it.
  document.addEventListener('dragover', function (event) {
    if (carriesFiles(event) && !zone.contains(event.target)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'none';
    }
  });
  document.addEventListener('drop', function (event) {
    if (carriesFiles(event) && !zone.contains(event.target)) {
      event.preventDefault();
    }
  });

  // The bar moves with every progress event; the words (a live region) only every tenth, so that a screen reader
  // is not talked over.
  var told = -1;

  function show(percent, text) {
    progress.hidden = false;
    bar.value = percent;
    bar.textContent = percent + '%';
    var tenth = Math.floor(percent / 10);
    if (tenth !== told || percent === 100) {
      told = tenth;
      status.textContent = text;
    }
  }

  function ready() {
    sending = false;
    told = -1;
    if (button) {
      button.disabled = false;
      button.removeAttribute('aria-disabled');
    }
  }

  // Back to this page from the one the upload led to, as the browser kept it: ready for another file.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      ready();
      progress.hidden = true;
      bar.value = 0;
      status.textContent = '';
    }
  });

  // The page the portal answered, in place of this one: a redirect (a success) is followed as a navigation, so the
  // address and history are as they would be without JavaScript; a page answered to the POST itself (a refusal
  // with its error summary) is written as this document.
  function follow(xhr) {
    if (xhr.status === 200 && xhr.responseURL && xhr.responseURL !== form.action) {
      window.location.assign(xhr.responseURL);
      return;
    }
    // Scripts of this page that keep timers (the unread count's poll) stop as they do when a page is left.
    window.dispatchEvent(new Event('pagehide'));
    document.open();
    document.write(xhr.responseText);
    document.close();
  }

  form.addEventListener('submit', function (event) {
    if (sending) {
      event.preventDefault();
      return;
    }
    var file = input.files && input.files[0];
    event.preventDefault();
    sending = true;
    if (button) {
      button.disabled = true;
      button.setAttribute('aria-disabled', 'true');
    }
    var name = file ? file.name : 'your evidence';
    show(0, 'Uploading ' + name + ': 0%');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'text/html');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable && e.total > 0) {
        var percent = Math.min(100, Math.floor(e.loaded * 100 / e.total));
        show(percent, 'Uploading ' + name + ': ' + percent + '%');
      }
    });
    xhr.upload.addEventListener('load', function () {
      show(100, 'Uploaded ' + name + ': 100%. Checking the file…');
    });
    xhr.addEventListener('load', function () {
      var type = xhr.getResponseHeader('Content-Type') || '';
      if (type.indexOf('text/html') < 0) {
        // Not a page of the portal's: a bare refusal from the web server itself, such as a body over its own
        // limit (far above the 20 MB the page names). Said here rather than sending the whole file again.
        ready();
        progress.hidden = true;
        status.textContent = 'The file was not added: ' + (xhr.status === 413
          ? 'it is too large.' : 'Quads answered ' + xhr.status + '. Try again.');
        return;
      }
      follow(xhr);
    });
    xhr.addEventListener('error', function () {
      // Not reached (the network, or a session that ended and sends the browser to sign in): sent again without
      // JavaScript, so that the browser shows what happens, as it would have.
      status.textContent = 'The upload could not be completed here; sending the form again.';
      HTMLFormElement.prototype.submit.call(form);
    });
    xhr.send(new FormData(form));
  });
})();
