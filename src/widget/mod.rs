//! The widget: a Leptos client-side view of a fact bundle, mounted by the
//! `<fact-pack>` custom element's JS shim (`src/package/element.js`).
//!
//! wasm-bindgen cannot subclass `HTMLElement`, so the shim defines the
//! element, attaches its shadow root, adopts the stylesheet, and calls
//! [`mount`] with a container inside the shadow root. The returned [`Widget`]
//! owns Leptos's `UnmountHandle`: the shim calls `free()` on disconnect,
//! which unmounts the view and disposes of its reactive graph.
//!
//! Components, one per file: `app` (loading and errors) and `explorer`
//! (header, search, attributes, deep links, and the body). The body's tabs
//! and views are the Leptos components of `crate::ui::render` (one file per
//! view), the same ones the compiler renders to HTML for the static
//! fallback; they are tested natively. `actions` handles the body's
//! controls by delegation, applying typed actions (`crate::ui::state`);
//! `intl` formats through the browser's `Intl`.

mod actions;
mod app;
mod explorer;
mod intl;
mod load;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;

/// The element's attributes as signals, set by the shim.
#[derive(Clone)]
pub struct Attrs {
    /// Bundle URL, already resolved by the shim.
    pub src: ArcRwSignal<String>,
    /// `all` (default) or one view: `numbers`, `timeline`, `compare`, `quotes`, `entities`, `sources`.
    pub view: ArcRwSignal<String>,
    /// `entity:NAME`, `kind:KIND`, `article:ID`, or words to search for.
    pub filter: ArcRwSignal<String>,
    /// `en` or `ja` (the shim passes the page's language when unset).
    pub lang: ArcRwSignal<String>,
    /// How many cards a list shows before "Show all".
    pub limit: ArcRwSignal<String>,
}

/// A mounted widget, held by the custom element.
#[wasm_bindgen]
pub struct Widget {
    _handle: leptos::mount::UnmountHandle<AnyViewState>,
    attrs: Attrs,
}

#[wasm_bindgen]
impl Widget {
    /// Tell the widget that an attribute of its element changed (`src`
    /// arrives resolved to an absolute URL).
    pub fn set(&self, name: &str, value: String) {
        let a = &self.attrs;
        let signal = match name {
            "src" => &a.src,
            "view" => &a.view,
            "filter" => &a.filter,
            "lang" => &a.lang,
            "limit" => &a.limit,
            _ => return,
        };
        signal.set(value);
    }
}

/// Options of the JS API's `mount(element, options)`: a plain object, read
/// with serde-wasm-bindgen. Every field may be left out.
#[cfg(feature = "api")]
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Options {
    /// Bundle URL, already resolved by the shim.
    src: Option<String>,
    view: Option<String>,
    filter: Option<String>,
    lang: Option<String>,
    limit: Option<u32>,
}

#[cfg(feature = "api")]
#[wasm_bindgen]
impl Widget {
    /// Apply options (`{src, view, filter, lang, limit}`); fields left out stay as they are.
    pub fn update(&self, options: JsValue) -> Result<(), JsError> {
        let o: Options = serde_wasm_bindgen::from_value(options)?;
        let pairs = [
            ("src", o.src),
            ("view", o.view),
            ("filter", o.filter),
            ("lang", o.lang),
            ("limit", o.limit.map(|n| n.to_string())),
        ];
        for (name, value) in pairs {
            if let Some(v) = value {
                self.set(name, v);
            }
        }
        Ok(())
    }
}

/// Mount a widget into `root` (an element inside the shadow root), showing
/// the bundle at `src`. `started`, when given, is the shim's request for
/// `src` (a `Promise` of its `Response`), made while the wasm downloaded: the
/// widget reads the bundle from it instead of asking again.
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement, src: String, started: Option<js_sys::Promise>) -> Widget {
    let first = started.map(|p| app::Started(src.clone(), p));
    let s = ArcRwSignal::new;
    let attrs = Attrs {
        src: s(src),
        view: s(String::new()),
        filter: s(String::new()),
        lang: s(String::new()),
        limit: s(String::new()),
    };
    let a = attrs.clone();
    let handle = leptos::mount::mount_to(root, move || {
        view! { <app::App attrs=a started=first/> }.into_any()
    });
    Widget {
        _handle: handle,
        attrs,
    }
}

/// Fetch and validate the bundle at `url` and return its public view (the
/// shape `factpack dump` prints) as plain JS objects.
#[cfg(feature = "api")]
#[wasm_bindgen(js_name = loadBundle)]
pub async fn load_bundle(url: String) -> Result<JsValue, JsError> {
    let b = load::fetch_bundle(&url, None)
        .await
        .map_err(|e| JsError::new(&e))?;
    let ser = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    Ok(serde::Serialize::serialize(
        &crate::bundle::view::view(&b),
        &ser,
    )?)
}
