// Before the WebAssembly app starts, #app shows a loading line with links to
// the data. If the app cannot start (no WebAssembly, a blocked or broken
// download), say so there instead of loading forever. No network here.
//
// Also the loader of the page's second module (explore views, plan text,
// parts opened later): window.tzModule() loads it once, on first use, from
// the files <meta name="tz-explore"> names, and resolves to its exports.
// Plain script, so the first view's WebAssembly does not carry a loader.
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
        init({ module_or_path: attr('data-wasm') }).then(function () { resolve(init); }, reject);
      };
      script.onerror = function () { reject(new Error(attr('content') + ' did not load')); };
      document.head.appendChild(script);
    });
    // A later attempt may succeed (a network hiccup): do not keep a failure.
    pending.catch(function () { pending = null; });
    return pending;
  };
  window.addEventListener('error', function (e) { fail(e && e.message ? String(e.message).slice(0, 120) : ''); });
  window.addEventListener('unhandledrejection', function (e) {
    fail(e && e.reason ? String(e.reason).slice(0, 120) : '');
  });
})();
