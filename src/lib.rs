//! factpack: news articles in, an interactive fact widget out.
//!
//! - [`bundle`]: the fact bundle, shared by compiler and widget.
//! - [`ui`]: the widget's browser-free logic (geometry, search, words).
//! - `compiler` (native only): articles → bundle.
//! - `site` (native only): the static fallback put into HTML pages.
//! - `widget` (wasm only): bundle → Leptos view inside `<fact-pack>`.

pub mod bundle;
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod atomic;

#[cfg(not(target_arch = "wasm32"))]
pub mod compiler;

#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;

#[cfg(not(target_arch = "wasm32"))]
pub mod site;

#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod fuzzing;

#[cfg(target_arch = "wasm32")]
pub mod widget;
