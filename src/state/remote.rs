//! Two small types the state and the views share: a file fetched from
//! beside the page, and a value shared by `Rc` and compared by pointer (the
//! data is built once and never changes, so "the same" means "the same
//! allocation": props derive `PartialEq` without comparing whole datasets).

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

use crate::bundle::FetchError;

/// A file the page fetches on first use (the explore bundle, the data
/// desk's published figures): not asked for yet, on its way, here, or
/// failed, with why.
#[derive(Debug, Default)]
pub enum Remote<T> {
    #[default]
    Idle,
    Loading,
    Ready(Rc<T>),
    Failed(FetchError),
}

// By hand: derived, it would ask `T: Clone`.
impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        match self {
            Remote::Idle => Remote::Idle,
            Remote::Loading => Remote::Loading,
            Remote::Ready(t) => Remote::Ready(t.clone()),
            Remote::Failed(e) => Remote::Failed(e.clone()),
        }
    }
}

impl<T> PartialEq for Remote<T> {
    fn eq(&self, o: &Self) -> bool {
        match (self, o) {
            (Remote::Idle, Remote::Idle) | (Remote::Loading, Remote::Loading) => true,
            (Remote::Ready(a), Remote::Ready(b)) => Rc::ptr_eq(a, b),
            (Remote::Failed(a), Remote::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// An `Rc` that is equal only to itself (and its clones).
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Props take an `Rc` where they hold a `Shared`: `loaded={loaded.clone()}`.
impl<T: ?Sized> yew::html::IntoPropValue<Shared<T>> for Rc<T> {
    fn into_prop_value(self) -> Shared<T> {
        Shared(self)
    }
}
