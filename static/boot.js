// The page's render-blocking script: it runs before the first paint.
//
// - The reader's modes (large text, high contrast) as classes on <html>.
// - index.html holds the scorecard prerendered for the plain address (#app)
//   and for ?lang=en (#app-en, shown by the class tz-en). Any other address
//   (a view, a chart, embed mode) must not show either first: the class
//   tz-route makes the stylesheet show the loading line instead, until the
//   app has rendered the address's view (the app removes the class).
//   ui::PRERENDERED decides the same in Rust. On a target's chart
//   (?indicator=…) the loading box shows the chart's static image.
// - If the app cannot start (an engine below the floor, no WebAssembly, a
//   blocked or broken download), say so in plain words instead of loading
//   forever, and show the prerendered scorecard with nothing on it that
//   needs the app.
// - In a frame with embed=1, post the content height to the parent page.
// - When printing, print the address of the view at the end.
(function () {
  'use strict';
  var root = document.documentElement;
  var q = location.search;
  // Any address in English (the scorecard, a view, a chart).
  var en = /(?:^\?|&)lang=en(?:&|$)/.test(q);
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
    still(view);
  }
  // A target's chart (?indicator=…): its static form (charts::still, drawn
  // by the build with the same code as the canvas) is shown in the loading
  // box until the app draws the canvas, in the box the canvas will take
  // (style.css, .boot-chart). The download starts here, before the body is
  // parsed; the widths are charts::still::STILL_SIZES.
  function still(v) {
    var id = v.match(/(?:^|&)indicator=([a-z0-9_]{1,64})(?=&|$)/);
    if (!id) return;
    var lang = en ? 'en' : 'zh';
    // By media queries: reading the window's width here would lay out the
    // page before it has a body.
    var wide = !!window.matchMedia && matchMedia('(min-width: 640px)').matches;
    var widest = wide && matchMedia('(min-width: 1000px)').matches;
    var img = new Image();
    // A chart that is not there (an unknown id) is no chart: nothing
    // broken is shown, and the app says the address is unknown.
    img.onerror = function () { root.classList.remove('tz-still'); };
    img.src = 'data/chart/' + id[1] + '.' + lang + '.' + (widest ? 1116 : wide ? 752 : 388) + '.svg';
    root.classList.add('tz-still');
    document.addEventListener('DOMContentLoaded', function () {
      var box = document.querySelector('#boot .boot-chart');
      if (!box || !root.classList.contains('tz-still')) return;
      img.alt = box.getAttribute('data-alt-' + lang) || '';
      // When it is painted, for the benchmark (tests/page/phone.mjs).
      img.setAttribute('elementtiming', 'tz-still');
      box.appendChild(img);
    });
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

  // The interactive page runs from Chromium 80 on (README, "Browsers"):
  // below that, or with no WebAssembly (IE mode, 兼容模式), the prerendered
  // scorecard is the page. Chromium 80 is told apart by a capability it
  // brought and the layout uses: overflow-wrap: anywhere (long numbers and
  // addresses wrap on phones; Firefox 65, Safari 15.4).
  var capable = typeof WebAssembly === 'object' && !!window.CSS && !!CSS.supports
    && CSS.supports('overflow-wrap', 'anywhere');
  // Where nothing prerendered is painted first (a view, a chart, the
  // desk), the WebAssembly is fetched from here, while the rest of the page
  // (the hidden scorecards) is still arriving: the loader would ask for it
  // only once the whole document is parsed. The build names the file and
  // its integrity (postbuild.mjs); the loader's fetch takes this download.
  var wasm = document.querySelector('meta[name="tz-wasm"]');
  if (capable && !after && wasm) {
    var pre = document.createElement('link');
    pre.rel = 'preload';
    pre.as = 'fetch';
    pre.crossOrigin = 'anonymous';
    pre.integrity = wasm.getAttribute('data-integrity') || '';
    pre.href = wasm.content;
    document.head.appendChild(pre);
  }
  var shown = false;
  // The app will not run: the static page, with nothing on it that needs
  // the app, and index.html's message in plain words for this case (the
  // engine's own words only in a <details> for the portal's staff).
  function fail(reason) {
    var box = document.getElementById('boot');
    // The app has started: its own panic message speaks for it.
    if (shown || !box || performance.getEntriesByName('tz:start').length) return;
    shown = true;
    box.setAttribute('role', 'alert');
    box.className += ' failed' + (root.classList.contains('tz-route') ? ' route' : '');
    root.classList.remove('tz-route');
    // Any address in English gets the English scorecard and words.
    if (en) {
      root.classList.add('tz-en');
      root.lang = 'en';
    }
    // Nothing will answer the menu button, the search box, the switches or
    // the views' links: without tz-js the stylesheet hides them, as it does
    // for a reader without JavaScript.
    root.classList.remove('tz-js');
    // The modes this address asked for stay on the static page's other
    // links, as the app's switches would keep them.
    var asked = q.match(/[?&](text|contrast)=(large|high|normal)(?=&|$)/g) || [];
    for (var a = 0; a < asked.length; a++) {
      var pair = asked[a].slice(1).split('=');
      try { localStorage.setItem('taizhou-plan:' + pair[0], pair[1]); } catch (e) { /* storage refused */ }
    }
    // Links to the other views and to a target's chart would only come back
    // here: they become plain text.
    var links = document.querySelectorAll('#app a[href^="?"], #app-en a[href^="?"]');
    for (var i = 0; i < links.length; i++) links[i].removeAttribute('href');
    var details = box.querySelector('.boot-why');
    if (details && reason) {
      details.querySelector('code').textContent = reason;
      details.className += ' given';
    }
  }
  // Below the floor, that is the reason, whatever else fails first (the
  // app's scripts may not even parse there).
  var floor = typeof WebAssembly !== 'object' ? 'no WebAssembly' : 'overflow-wrap: anywhere unsupported (Chromium < 80)';
  function why(e) { return !capable ? floor : e ? String(e.message || e).slice(0, 300) : ''; }
  if (!capable) {
    // The loader checks this class and downloads nothing.
    root.classList.add('tz-old');
    document.addEventListener('DOMContentLoaded', function () { fail(floor); });
  }
  window.addEventListener('error', function (e) { fail(why(e && (e.error || e))); });
  window.addEventListener('unhandledrejection', function (e) { fail(why(e && e.reason)); });

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
