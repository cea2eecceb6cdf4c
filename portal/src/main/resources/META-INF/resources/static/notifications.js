// Live notifications: the portal relays the user's notification stream (/notifications/stream, Server-Sent
// Events); on each new notice, and whenever the stream (re)connects, the header's unread count and any in-page
// list are redrawn from /notifications/summary, and the new notice is announced politely to screen readers.
// Without JavaScript the count and list are simply as they were when the page loaded.
(function () {
  'use strict';
  if (!window.EventSource || !window.fetch) {
    return;
  }
  var badge = document.getElementById('unread-count');
  var announcer = document.getElementById('notification-announcer');

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
    if (!badge) {
      return;
    }
    badge.dataset.count = String(count);
    badge.textContent = ' ';
    badge.appendChild(element('span', 'govuk-visually-hidden', '('));
    badge.appendChild(element('span', 'govuk-tag quads-unread__tag', count + ' unread'));
    badge.appendChild(element('span', 'govuk-visually-hidden', ')'));
  }

  function drawList(summary) {
    var list = document.getElementById('notification-list');
    var line = document.getElementById('notification-summary');
    if (line) {
      line.textContent = summary.unreadCount === 1 ? 'You have 1 unread notification.'
        : 'You have ' + summary.unreadCount + ' unread notifications.';
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

  function refresh(announcement) {
    fetch('/notifications/summary', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        return response.ok && type.indexOf('application/json') >= 0 ? response.json() : null;
      })
      .then(function (summary) {
        if (!summary) {
          return;
        }
        drawCount(summary.unreadCount);
        drawList(summary);
        if (announcement && announcer) {
          announcer.textContent = announcement + ' You have ' + summary.unreadCount + ' unread.';
        }
      })
      .catch(function () { /* the page keeps the count it had */ });
  }

  var opened = false;
  var source = new EventSource('/notifications/stream');
  source.addEventListener('open', function () {
    // A reconnect may have missed notices: redraw from the inbox.
    if (opened) {
      refresh(null);
    }
    opened = true;
  });
  source.addEventListener('message', function (event) {
    var title = '';
    try {
      title = JSON.parse(event.data).title || '';
    } catch (ignored) {
      title = '';
    }
    refresh('New notification: ' + title + '.');
  });
})();
