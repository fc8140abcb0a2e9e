//! Hydration in parts. Yew hydrates a prerendered page in one pass, and on
//! a phone (CPU 4× slower) hydrating the whole scorecard was one task of
//! about 150 ms: a tap waited for all of it. A part wrapped in [`Later`] is
//! hydrated in a task of its own, one part per task, after the first
//! screen's.
//!
//! This is Yew's own mechanism, not a second renderer: `<Later>` is a
//! `<Suspense>` whose child suspends until its turn, only when it is
//! created while the page hydrates. Yew then keeps the prerendered nodes on
//! the page as the suspense's placeholder and hydrates a copy of them
//! aside; when the child resumes, the copy takes the placeholder's place in
//! one task, so nothing moves (the layout-shift tests cover it), and links,
//! headings and text are there all along. Rendered without a prerender (a
//! view opened inside the page), `<Later>` renders its children at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionHandle, SuspensionResult};

thread_local! {
    /// Set while `yew::Renderer::hydrate` runs its first pass (ui::start).
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    /// The parts waiting, in document order, and what runs when none is left.
    static WAITING: RefCell<Waiting> = RefCell::default();
}

#[derive(Default)]
struct Waiting {
    parts: VecDeque<SuspensionHandle>,
    then: Vec<Box<dyn FnOnce()>>,
}

/// Runs `hydrate` (which starts Yew's hydration) with the parts made in its
/// first pass deferred, until [`first_pass_done`].
#[cfg(target_arch = "wasm32")]
pub(super) fn hydrating(hydrate: impl FnOnce()) {
    HYDRATING.with(|h| h.set(true));
    hydrate();
}

/// Called by the app's first effect, which runs when the first pass is
/// over: no part made after this waits, and the waiting parts' turns start
/// (in the next task). `then` runs, in a task of its own, once every waiting
/// part is hydrated.
pub(super) fn first_pass_done(then: impl FnOnce() + 'static) {
    HYDRATING.with(|h| h.set(false));
    WAITING.with(|w| w.borrow_mut().then.push(Box::new(then)));
    super::task::next_task(resume_next);
}

/// Resumes the next waiting part or, when none is left, runs what waits for
/// them all. The next part is resumed when this one has rendered
/// (`InTurn`'s effect), not before: Yew's scheduler runs all the renders
/// queued before it yields, so parts resumed together hydrate in one task.
fn resume_next() {
    let (part, then) = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        match w.parts.pop_front() {
            Some(part) => (Some(part), vec![]),
            None => (None, std::mem::take(&mut w.then)),
        }
    });
    match part {
        Some(part) => part.resume(),
        None => then.into_iter().for_each(|f| f()),
    }
}

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    pub children: Html,
}

/// Its children, hydrated in a task of their own (see the module).
#[component]
pub fn Later(props: &LaterProps) -> Html {
    html! {
        <Suspense>
            <InTurn>{ props.children.clone() }</InTurn>
        </Suspense>
    }
}

#[component]
fn InTurn(props: &LaterProps) -> HtmlResult {
    let turn = use_turn_if_hydrating()?;
    // After the children are on the page (effects never run for a
    // suspended render): the next part's turn, in the next task.
    use_effect_with((), move |_| {
        if turn {
            super::task::next_task(resume_next);
        }
    });
    Ok(props.children.clone())
}

/// Suspends the component until its turn when it is created while the page
/// hydrates (and says so); never otherwise, and never again once resumed.
#[hook]
fn use_turn_if_hydrating() -> SuspensionResult<bool> {
    let suspension = use_memo((), |_| {
        HYDRATING.with(Cell::get).then(|| {
            let (suspension, handle) = Suspension::new();
            WAITING.with(|w| w.borrow_mut().parts.push_back(handle));
            suspension
        })
    });
    match &*suspension {
        Some(s) if !s.resumed() => Err(s.clone()),
        waited => Ok(waited.is_some()),
    }
}
