//! Fetching and validating a bundle.

use crate::bundle::{self, Bundle};

/// Largest bundle the widget downloads (16 MiB).
pub const MAX_BUNDLE: usize = 16 << 20;

/// Fetch the bundle at `url` and validate it; on failure a message for the reader.
pub async fn fetch_bundle(url: &str) -> Result<Bundle, String> {
    let fail = |what: &str| format!("Could not load the facts ({what}).");
    let resp = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| fail("network error"))?;
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
