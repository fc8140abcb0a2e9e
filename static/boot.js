// Before the WebAssembly app starts, #app shows a loading line with links to
// the data. If the app cannot start (no WebAssembly, a blocked or broken
// download), say so there instead of loading forever. No network, no globals.
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
  window.addEventListener('error', function (e) { fail(e && e.message ? String(e.message).slice(0, 120) : ''); });
  window.addEventListener('unhandledrejection', function (e) {
    fail(e && e.reason ? String(e.reason).slice(0, 120) : '');
  });
})();
