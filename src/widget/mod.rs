//! The widget: a Leptos client-side view of a fact bundle, mounted by the
//! `<fact-pack>` custom element's JS shim (`src/js/element.js`).
//!
//! wasm-bindgen cannot subclass `HTMLElement`, so the shim defines the
//! element, attaches its shadow root, adopts the stylesheet, and calls
//! [`mount`] with a container inside the shadow root. The returned [`Widget`]
//! owns Leptos's `UnmountHandle`: the shim calls `free()` on disconnect,
//! which unmounts the view and disposes of its reactive graph.

mod app;
mod card;
mod load;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;

/// A mounted widget, held by the custom element.
#[wasm_bindgen]
pub struct Widget {
    _handle: leptos::mount::UnmountHandle<AnyViewState>,
    src: ArcRwSignal<String>,
}

#[wasm_bindgen]
impl Widget {
    /// Tell the widget that an attribute of its element changed. `src` is the
    /// bundle URL, already resolved by the shim.
    pub fn set(&self, name: &str, value: String) {
        if name == "src" {
            self.src.set(value);
        }
    }
}

/// Mount a widget into `root` (an element inside the shadow root), showing
/// the bundle at `src`.
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement, src: String) -> Widget {
    let src = ArcRwSignal::new(src);
    let s = src.clone();
    let handle = leptos::mount::mount_to(root, move || view! { <app::App src=s/> }.into_any());
    Widget { _handle: handle, src }
}
