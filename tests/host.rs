//! Host tests: the bundled data, seed validation with broken fixtures, the
//! markup of the page rendered by Yew's `ServerRenderer`, and the code's layout.
#![cfg(not(target_arch = "wasm32"))]

mod host {
    mod atlas;
    mod build_fails;
    mod charts;
    mod cite;
    mod data;
    mod desk;
    mod editions;
    mod explore;
    mod layout;
    mod markup;
    mod reader;
    mod search;
    mod toolchain;
    mod validation;
}
