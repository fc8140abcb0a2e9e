// Before the WebAssembly app starts, #app shows a loading line with links to
// the data. If the app cannot start (no WebAssembly, a blocked or broken
// download), say so there instead of loading forever, and show the
// scorecard as a plain table (data/scorecard.html, written by the build).
//
// Also the page's small helpers, in plain script so that the first view's
// WebAssembly does not carry them:
// - window.tzModule() loads the second module (explore views, plan text,
//   parts opened later) once, on first use, from the files
//   <meta name="tz-explore"> names, and resolves to its exports;
// - copy buttons (data-copy="<field id>", data-copy-url);
// - in a frame with embed=1, the content height posted to the parent page;
// - when printing, the address of the view printed at the end.
(function () {
  'use strict';
  var shown = false;
  var noWasm = typeof WebAssembly !== 'object';
  function fail(reason) {
    if (shown) return;
    var box = document.querySelector('#app .boot');
    // The app replaces #app's content when it starts; then there is nothing to do.
    if (!box) return;
    shown = true;
    box.setAttribute('role', 'alert');
    var p = box.querySelector('.boot-status');
    if (p) {
      p.textContent = noWasm
        ? '本浏览器无法运行本页的互动版本（需要 WebAssembly），可直接下载下面的数据。'
          + ' This browser cannot run the interactive page (it needs WebAssembly); the data can be downloaded below.'
        : '本页的互动版本未能启动，可直接下载下面的数据。 The interactive page could not start; the data can be downloaded below.'
          + (reason ? ' (' + reason + ')' : '');
    }
    // The scorecard as a plain table (written by the build from targets.csv).
    fetch('data/scorecard.html').then(function (r) { return r.ok ? r.text() : ''; }).then(function (html) {
      var table = html && new DOMParser().parseFromString(html, 'text/html').querySelector('#fallback .table-wrap');
      if (table) box.appendChild(document.importNode(table, true));
    }, function () {});
  }
  if (noWasm) {
    document.addEventListener('DOMContentLoaded', function () { fail(''); });
  }
  var pending = null;
  window.tzModule = function () {
    if (pending) return pending;
    pending = new Promise(function (resolve, reject) {
      var meta = document.querySelector('meta[name=tz-explore]');
      if (!meta) { reject(new Error('no second module in this build')); return; }
      var attr = function (k) { return meta.getAttribute(k) || ''; };
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = attr('data-css');
      css.integrity = attr('data-css-integrity');
      css.crossOrigin = 'anonymous';
      document.head.appendChild(css);
      var script = document.createElement('script');
      script.src = attr('content');
      script.integrity = attr('data-integrity');
      script.crossOrigin = 'anonymous';
      script.onload = function () {
        var init = self.tz_explore;
        var wasm = new Request(attr('data-wasm'), { integrity: attr('data-wasm-integrity') });
        init({ module_or_path: wasm }).then(function () { resolve(init); }, reject);
      };
      script.onerror = function () { reject(new Error(attr('content') + ' did not load')); };
      document.head.appendChild(script);
    });
    // A later attempt may succeed (a network hiccup): do not keep a failure.
    pending.catch(function () { pending = null; });
    return pending;
  };
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-copy],[data-copy-url]');
    if (!b) return;
    var field = b.hasAttribute('data-copy-url') ? null : document.getElementById(b.getAttribute('data-copy'));
    var text = field ? field.value || field.textContent : location.href;
    var status = b.parentNode.querySelector('.copy-status');
    var done = function (ok) {
      if (status) status.textContent = b.getAttribute(ok ? 'data-ok' : 'data-fail') || '';
      if (!ok && field && field.select) field.select();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  });

  // Heights in the message shapes portals already listen for (Datawrapper's,
  // AMP's) and this widget's own (README, "Embedding"). A ResizeObserver, so
  // nothing runs while nothing changes.
  if (window.parent !== window && /[?&]embed=1(&|$)/.test(location.search) && window.ResizeObserver) {
    var id = (location.search.match(/[?&]tzid=([a-z0-9_]+)/) || [])[1] || 'taizhou-plan';
    var last = 0;
    new ResizeObserver(function () {
      var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      var dw = {};
      dw[id] = h;
      parent.postMessage({ 'datawrapper-height': dw }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
      parent.postMessage({ type: 'taizhou-plan:height', id: id, height: h }, '*');
    }).observe(document.documentElement);
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

  window.addEventListener('error', function (e) { fail(e && e.message ? String(e.message).slice(0, 120) : ''); });
  window.addEventListener('unhandledrejection', function (e) {
    fail(e && e.reason ? String(e.reason).slice(0, 120) : '');
  });
})();
