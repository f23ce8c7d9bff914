//! Fetching and validating a bundle.

use crate::bundle::{self, Bundle};
use wasm_bindgen::JsCast;

/// Largest bundle the widget downloads (16 MiB).
pub const MAX_BUNDLE: usize = 16 << 20;

/// Fetch the bundle at `url` and validate it; on failure a message for the reader.
///
/// `started` is the response the shim already asked for (a `Promise` of a
/// `Response`), begun while the wasm was still downloading; without it the
/// bundle is fetched here.
pub async fn fetch_bundle(url: &str, started: Option<js_sys::Promise>) -> Result<Bundle, String> {
    let fail = |what: &str| format!("Could not load the facts ({what}).");
    let resp = match started {
        // The shim's promise rejects with the reader's words for what failed.
        Some(p) => match wasm_bindgen_futures::JsFuture::from(p).await {
            Ok(v) => v
                .dyn_into::<web_sys::Response>()
                .map(gloo_net::http::Response::from)
                .map_err(|_| fail("network error"))?,
            Err(e) => {
                let why = e
                    .dyn_into::<js_sys::Error>()
                    .ok()
                    .map(|e| String::from(e.message()));
                return Err(fail(why.as_deref().unwrap_or("network error")));
            }
        },
        None => gloo_net::http::Request::get(url)
            .send()
            .await
            .map_err(|_| fail("network error"))?,
    };
    if !resp.ok() {
        return Err(fail(&format!("HTTP {}", resp.status())));
    }
    let too_big = resp
        .headers()
        .get("content-length")
        .and_then(|n| n.parse::<usize>().ok())
        .is_some_and(|n| n > MAX_BUNDLE);
    if too_big {
        return Err(fail("bundle too large"));
    }
    let bytes = resp.binary().await.map_err(|_| fail("network error"))?;
    if bytes.len() > MAX_BUNDLE {
        return Err(fail("bundle too large"));
    }
    bundle::decode(&bytes).map_err(|e| fail(&e.to_string()))
}
