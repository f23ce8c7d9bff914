//! Stage 2, clean: normalize the text and strip what is not article prose.

/// Normalize line endings and trim trailing spaces of every line.
pub fn clean(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
