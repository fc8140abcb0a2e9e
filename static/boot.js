// The page's render-blocking script: it runs before the first paint.
//
// - The reader's modes (large text, high contrast) as classes on <html>.
// - index.html holds the scorecard prerendered for the plain address (#app)
//   and for ?lang=en (#app-en, shown by the class tz-en). Any other address
//   (a view, a chart, embed mode) must not show either first: the class
//   tz-route makes the stylesheet show the loading line instead, until the
//   app has rendered the address's view (the app removes the class).
//   ui::PRERENDERED decides the same in Rust.
// - If the app cannot start (no WebAssembly, a blocked or broken download),
//   say so instead of loading forever, and show the prerendered scorecard.
// - In a frame with embed=1, post the content height to the parent page.
// - When printing, print the address of the view at the end.
(function () {
  'use strict';
  var root = document.documentElement;
  var q = location.search;
  root.classList.add('tz-js');

  // The reader's modes (ui::modes): the address (text=large|normal,
  // contrast=high|normal), else the choice stored by the switches, else,
  // for contrast, the system's prefers-contrast: more.
  var modes = /(?:^|&)(text=(?:large|normal)|contrast=(?:high|normal))(?=&|$)/g;
  function mode(name, on) {
    var m = q.match(new RegExp('[?&]' + name + '=(' + on + '|normal)(?:&|$)'));
    if (m) return m[1] === on;
    var stored = null;
    try { stored = localStorage.getItem('taizhou-plan:' + name); } catch (e) { /* storage refused */ }
    if (stored === on || stored === 'normal') return stored === on;
    return name === 'contrast' && !!window.matchMedia && matchMedia('(prefers-contrast: more)').matches;
  }
  if (mode('text', 'large')) root.classList.add('tz-large');
  if (mode('contrast', 'high')) root.classList.add('tz-hc');

  // Which prerendered scorecard, if any (the modes do not change the view).
  var view = q.replace(/^\?/, '').replace(modes, '').replace(/&+/g, '&').replace(/^&|&$/g, '');
  // The element that follows the shown container in index.html.
  var after = 'app-en';
  if (view === 'lang=en') {
    root.classList.add('tz-en');
    root.lang = 'en';
    after = 'nojs';
  } else if (view) {
    root.classList.add('tz-route');
    after = null;
  }
  // No frame of a half-parsed scorecard: a frame painted while the parser
  // is midway (the masthead's title parsed, its menu not yet) lays the title
  // out full width, and the finished header then moves it (a layout shift).
  // Chromium holds rendering until the element after the container is
  // inserted, that is until the container is parsed whole; other browsers
  // ignore the hint.
  if (after) {
    var expect = document.createElement('link');
    expect.rel = 'expect';
    expect.href = '#' + after;
    expect.setAttribute('blocking', 'render');
    document.head.appendChild(expect);
  }

  var shown = false;
  var noWasm = typeof WebAssembly !== 'object';
  function fail(reason) {
    if (shown || !document.getElementById('boot')) return;
    // The app has started: its own panic message speaks for it.
    if (performance.getEntriesByName('tz:start').length) return;
    shown = true;
    var box = document.getElementById('boot');
    box.setAttribute('role', 'alert');
    box.classList.add('failed');
    root.classList.remove('tz-route');
    // Nothing will answer the menu button: show the views' links as they are.
    root.classList.remove('tz-js');
    var p = box.querySelector('.boot-status');
    if (p) {
      p.textContent = (noWasm
        ? '本浏览器无法运行本页的互动版本（需要 WebAssembly），下面是全部目标与最新公开数据。'
          + ' This browser cannot run the interactive page (it needs WebAssembly); below are every target and its latest figure.'
        : '本页的互动版本未能启动，下面是全部目标与最新公开数据。 The interactive page could not start; below are every target and its latest figure.')
        + (reason ? ' (' + reason + ')' : '');
    }
  }
  if (noWasm) document.addEventListener('DOMContentLoaded', function () { fail(''); });
  window.addEventListener('error', function (e) { fail(e && e.message ? String(e.message).slice(0, 120) : ''); });
  window.addEventListener('unhandledrejection', function (e) {
    fail(e && e.reason ? String(e.reason).slice(0, 120) : '');
  });

  // Heights in the message shapes portals already listen for (Datawrapper's,
  // AMP's) and this widget's own (README, "Embedding"). A ResizeObserver, so
  // nothing runs while nothing changes.
  if (window.parent !== window && /[?&]embed=1(&|$)/.test(q) && window.ResizeObserver) {
    var id = (q.match(/[?&]tzid=([a-z0-9_]+)/) || [])[1] || 'taizhou-plan';
    var last = 0;
    new ResizeObserver(function () {
      var h = Math.ceil(root.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      var dw = {};
      dw[id] = h;
      parent.postMessage({ 'datawrapper-height': dw }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
      parent.postMessage({ type: 'taizhou-plan:height', id: id, height: h }, '*');
    }).observe(root);
  }

  window.addEventListener('beforeprint', function () {
    var p = document.getElementById('print-url');
    if (!p) {
      p = document.createElement('p');
      p.id = 'print-url';
      document.body.appendChild(p);
    }
    p.textContent = location.href;
  });
})();
