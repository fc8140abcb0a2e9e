//! Two small helpers of the page's start-up, its app and its parts: a task
//! of its own on the browser's queue, and a mark for the benchmark.

/// Runs `f` in a task of its own, after what is queued.
pub(super) fn next_task(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

/// A `performance.mark` for the benchmark (`tests/page/bench.mjs`).
pub(crate) fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
