//! factpack: news articles in, an interactive fact widget out.
//!
//! - [`bundle`]: the fact bundle, shared by compiler and widget.
//! - [`ui`]: the widget's browser-free logic (geometry, search, words).
//! - `compiler` (feature `compiler`): articles → bundle.
//! - `site` (feature `compiler`): the static fallback put into HTML pages.
//! - `review` (feature `compiler`): the review page and `build --watch`.
//! - `widget` (feature `widget`): bundle → Leptos view inside `<fact-pack>`.
//!
//! Cargo features select what is built, never the target: `compiler` (on by
//! default) for the native command, `widget` (and `api`) for the wasm.

pub mod bundle;
pub mod ui;

#[cfg(feature = "compiler")]
pub mod atomic;

#[cfg(feature = "compiler")]
pub mod compiler;

#[cfg(feature = "compiler")]
pub mod review;

#[cfg(feature = "compiler")]
pub mod site;

#[cfg(feature = "widget")]
pub mod widget;
