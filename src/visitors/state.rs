//! The reducer's part of the visitors' page: nothing, and no action.

use std::rc::Rc;

use crate::model::Dataset;
use crate::state::loaded::Loaded;

/// The visitors' page keeps nothing beyond the shared state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State;

/// Nothing happens on the visitors' page that the shared actions do not say.
pub enum Action {}

pub fn apply(_: &Dataset, _: &State, action: Action) -> State {
    match action {}
}

/// The visitors' page always shows the published data.
pub fn preview(_: &State) -> Option<&Rc<Loaded>> {
    None
}
