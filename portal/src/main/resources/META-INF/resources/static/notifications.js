// The header's unread count, kept current by a light poll of /notifications/summary.
//
// Why a poll and not a stream: this page used to hold a Server-Sent Events stream open for as long as it was
// shown. Over HTTP/1.1 a browser allows six connections per host, and the streams of pages already left went on
// holding theirs for about a minute, so every fifth quick navigation waited ~57 s for its own CSS and JS
// (issue 30). A poll holds no connection between its requests: each one is a short GET (20-50 ms), it is not sent
// while the tab is hidden, not sent when the page loads (the server has just drawn the count), and any request
// in flight is aborted on pagehide. A notice therefore shows up within POLL_MS, which is soon enough for an inbox,
// and no number of tabs or navigations can starve the page of connections again.
//
// On each poll the unread count and any in-page list (#notification-list) are redrawn; when the count has grown,
// the newest notice is announced politely to screen readers. Without JavaScript the count and list are simply
// as they were when the page loaded.
(function () {
  'use strict';
  if (!window.fetch || !document.getElementById('unread-count')) {
    return;
  }
  var POLL_MS = 20000;
  var MAX_BACKOFF_MS = 300000;
  var badge = document.getElementById('unread-count');
  var announcer = document.getElementById('notification-announcer');
  var knownCount = parseInt(badge.dataset.count, 10);
  var delay = POLL_MS;
  var timer = null;
  var inFlight = null;
  var lastPolled = Date.now();
  var leaving = false;

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    if (text) {
      el.textContent = text;
    }
    return el;
  }

  function drawCount(count) {
    badge.dataset.count = String(count);
    badge.textContent = ' ';
    badge.appendChild(element('span', 'govuk-visually-hidden', '('));
    badge.appendChild(element('span', 'govuk-tag quads-unread__tag', count.toLocaleString('en-GB') + ' unread'));
    badge.appendChild(element('span', 'govuk-visually-hidden', ')'));
  }

  function drawList(summary) {
    var list = document.getElementById('notification-list');
    var line = document.getElementById('notification-summary');
    if (line) {
      line.textContent = summary.unreadCount === 1 ? 'You have 1 unread notification.'
        : 'You have ' + summary.unreadCount.toLocaleString('en-GB') + ' unread notifications.';
    }
    if (!list) {
      return;
    }
    var limit = parseInt(list.dataset.limit || '5', 10);
    list.textContent = '';
    summary.items.slice(0, limit).forEach(function (n) {
      var item = element('li', 'quads-notification' + (n.read ? '' : ' quads-notification--unread'));
      item.dataset.id = n.id;
      var head = element('p', 'govuk-body govuk-!-margin-bottom-1');
      if (!n.read) {
        head.appendChild(element('strong', 'govuk-tag govuk-tag--blue', 'New'));
        head.appendChild(document.createTextNode(' '));
      }
      head.appendChild(element('strong', null, n.title));
      item.appendChild(head);
      var body = element('p', 'govuk-body-s govuk-!-margin-bottom-1', (n.body || '') + ' ');
      body.appendChild(element('span', 'quads-when', n.when));
      item.appendChild(body);
      if (n.link) {
        var act = element('p', 'govuk-body-s govuk-!-margin-bottom-1');
        var link = element('a', 'govuk-link', n.linkText || 'Go to the page');
        link.href = n.link;
        link.appendChild(element('span', 'govuk-visually-hidden', ': ' + n.title));
        act.appendChild(link);
        item.appendChild(act);
      }
      if (!n.read) {
        var form = element('form');
        form.method = 'post';
        form.action = '/notifications/' + encodeURIComponent(n.id) + '/read';
        form.noValidate = true;
        var button = element('button', 'govuk-button govuk-button--secondary govuk-!-margin-bottom-2', 'Mark as read');
        button.type = 'submit';
        button.appendChild(element('span', 'govuk-visually-hidden', ': ' + n.title));
        form.appendChild(button);
        item.appendChild(form);
      }
      list.appendChild(item);
    });
    var none = document.getElementById('no-notifications');
    if (none && summary.items.length) {
      none.remove();
    }
  }

  function announce(summary) {
    if (!announcer || isNaN(knownCount) || summary.unreadCount <= knownCount) {
      return;
    }
    var newest = summary.items.filter(function (n) { return !n.read; })[0];
    var more = summary.unreadCount - knownCount - 1;
    announcer.textContent = 'New notification: ' + (newest ? newest.title : '')
      + (more > 0 ? ' and ' + more + ' more' : '') + '. You have ' + summary.unreadCount + ' unread.';
  }

  function limit() {
    var list = document.getElementById('notification-list');
    return list ? parseInt(list.dataset.limit || '5', 10) : 1;
  }

  function schedule() {
    clearTimeout(timer);
    timer = null;
    if (!leaving && document.visibilityState === 'visible') {
      timer = setTimeout(poll, Math.max(0, lastPolled + delay - Date.now()));
    }
  }

  function poll() {
    timer = null;
    lastPolled = Date.now();
    inFlight = window.AbortController ? new AbortController() : null;
    fetch('/notifications/summary?limit=' + limit(), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal: inFlight ? inFlight.signal : undefined
    })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        // A signed-out session is redirected to the sign-in page (HTML): poll less often, keep the count.
        return response.ok && type.indexOf('application/json') >= 0 ? response.json() : null;
      })
      .then(function (summary) {
        inFlight = null;
        if (!summary) {
          delay = Math.min(delay * 2, MAX_BACKOFF_MS);
          return;
        }
        delay = POLL_MS;
        announce(summary);
        knownCount = summary.unreadCount;
        drawCount(summary.unreadCount);
        drawList(summary);
      })
      .catch(function (error) {
        inFlight = null;
        if (!error || error.name !== 'AbortError') {
          delay = Math.min(delay * 2, MAX_BACKOFF_MS);
        }
      })
      .then(schedule);
  }

  function stop() {
    clearTimeout(timer);
    timer = null;
    if (inFlight) {
      inFlight.abort();
      inFlight = null;
    }
  }

  // Hidden tabs do not poll; a tab shown again catches up at once if its last poll is older than the interval.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      schedule();
    } else {
      stop();
    }
  });
  window.addEventListener('pagehide', function () {
    leaving = true;
    stop();
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      leaving = false;
      schedule();
    }
  });
  schedule();
})();
