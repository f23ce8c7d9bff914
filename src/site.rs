//! Static fallback in HTML pages (native only): find every `<fact-pack>`
//! element in a page and put the rendered views inside it as light-DOM
//! content, so readers without JavaScript and search engines see the facts.
//! When the widget starts, its shadow root hides that content.
//!
//! The scan is deliberately small: it skips comments and the raw text of
//! `<script>`, `<style>`, `<textarea>` and `<template>`, reads the element's
//! attributes, and replaces what lies between `<fact-pack …>` and
//! `</fact-pack>`. Content that factpack did not write is never overwritten.

use std::collections::BTreeMap;

/// The attributes of one `<fact-pack>` element (names lowercased, values
/// with character references decoded), plus the language it is in: the
/// `lang` of its nearest ancestor that has one (`<html lang>` at the
/// latest).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Element {
    pub attrs: BTreeMap<String, String>,
    pub context_lang: Option<String>,
    /// Its position among the page's `<fact-pack>` elements, from 0.
    pub index: usize,
}

impl Element {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .get(name)
            .map(|s| s.as_str())
            .filter(|s| !s.trim().is_empty())
    }
    /// `lang` on the element itself.
    pub fn own_lang(&self) -> Option<&str> {
        self.get("lang")
    }
    /// `lang` on the element, else its nearest ancestor's, as the widget reads it.
    pub fn lang(&self) -> Option<&str> {
        self.own_lang().or(self
            .context_lang
            .as_deref()
            .filter(|s| !s.trim().is_empty()))
    }
}

/// Is this content factpack wrote? Its root is the static page's
/// `<div class="fp-static" …>` (attributes in any order).
fn ours(inner: &str) -> bool {
    inner.starts_with("<div ")
        && inner
            .split('>')
            .next()
            .is_some_and(|tag| tag.contains(" class=\"fp-static\""))
}

/// Fill every `<fact-pack>` of `html` with `render(element)`. Returns the
/// new page and how many elements were filled; errors name the line.
pub fn fill(
    html: &str,
    render: &mut dyn FnMut(&Element) -> Result<String, String>,
) -> Result<(String, usize), String> {
    let lower = html.to_ascii_lowercase();
    let line = |at: usize| html[..at].matches('\n').count() + 1;
    let mut out = String::with_capacity(html.len() * 2);
    // Open elements that carry a `lang`: (name, lang), innermost last.
    let mut langs: Vec<(String, String)> = Vec::new();
    let (mut done, mut at, mut count) = (0, 0, 0);
    while let Some(rel) = lower[at..].find('<') {
        let start = at + rel;
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            at = lower[start..]
                .find("-->")
                .map_or(html.len(), |e| start + e + 3);
            continue;
        }
        if let Some(closing) = rest.strip_prefix("</") {
            // An end tag closes its element's language (and any left open inside it).
            let name: String = closing
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if let Some(k) = langs.iter().rposition(|(n, _)| *n == name) {
                langs.truncate(k);
            }
            at = start + 2;
            continue;
        }
        let name_end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .map_or(rest.len(), |e| e + 1);
        let name = &rest[1..name_end];
        if name.is_empty() {
            at = start + 1;
            continue;
        }
        let (attrs, tag_end) = attributes(html, start + name_end)
            .map_err(|e| format!("line {}: <{name}>: {e}", line(start)))?;
        at = tag_end;
        const VOID: [&str; 14] = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr", "param",
        ];
        if let Some(l) = attrs
            .get("lang")
            .filter(|_| name != "fact-pack" && !VOID.contains(&name))
        {
            langs.push((name.to_string(), l.clone()));
        }
        match name {
            "script" | "style" | "textarea" | "template" => {
                let close = format!("</{name}");
                at = lower[tag_end..]
                    .find(&close)
                    .map_or(html.len(), |e| tag_end + e);
            }
            "fact-pack" => {
                let Some(end) = lower[tag_end..].find("</fact-pack").map(|e| tag_end + e) else {
                    return Err(format!(
                        "line {}: <fact-pack> is not closed (no </fact-pack>)",
                        line(start)
                    ));
                };
                let inner = html[tag_end..end].trim();
                if !inner.is_empty() && !ours(inner) {
                    return Err(format!(
                        "line {}: <fact-pack> holds content that factpack did not write; empty it to have it filled",
                        line(start)
                    ));
                }
                let el = Element {
                    attrs,
                    context_lang: langs.last().map(|(_, l)| l.clone()),
                    index: count,
                };
                let body =
                    render(&el).map_err(|e| format!("line {}: <fact-pack>: {e}", line(start)))?;
                // Markdown may wrap the element in a paragraph of its own; a
                // browser would then close the <p> (and the element) at the
                // fallback's first block. Drop such a wrapper.
                let close_end = lower[end..].find('>').map_or(html.len(), |e| end + e + 1);
                let before = lower[done..start].trim_end();
                let after = &lower[close_end..];
                let unwrap = before.ends_with("<p>") && after.trim_start().starts_with("</p>");
                if unwrap {
                    out.push_str(&html[done..done + before.len() - 3]);
                    out.push_str(&html[done + before.len()..tag_end]);
                } else {
                    out.push_str(&html[done..tag_end]);
                }
                out.push_str(&body);
                out.push_str(&html[end..close_end]);
                done = if unwrap {
                    close_end + (after.len() - after.trim_start().len()) + 4
                } else {
                    close_end
                };
                at = done;
                count += 1;
            }
            _ => {}
        }
    }
    out.push_str(&html[done..]);
    Ok((out, count))
}

/// Read attributes from `at` (just after the tag name) to the tag's `>`;
/// returns them and the index after `>`.
fn attributes(html: &str, mut at: usize) -> Result<(BTreeMap<String, String>, usize), String> {
    let b = html.as_bytes();
    let mut attrs = BTreeMap::new();
    loop {
        while at < b.len() && (b[at].is_ascii_whitespace() || b[at] == b'/') {
            at += 1;
        }
        if at >= b.len() {
            return Err("the tag is not closed (no >)".into());
        }
        if b[at] == b'>' {
            return Ok((attrs, at + 1));
        }
        let name_start = at;
        while at < b.len() && !b[at].is_ascii_whitespace() && !matches!(b[at], b'=' | b'>' | b'/') {
            at += 1;
        }
        let name = html[name_start..at].to_ascii_lowercase();
        while at < b.len() && b[at].is_ascii_whitespace() {
            at += 1;
        }
        let mut value = String::new();
        if at < b.len() && b[at] == b'=' {
            at += 1;
            while at < b.len() && b[at].is_ascii_whitespace() {
                at += 1;
            }
            if at < b.len() && (b[at] == b'"' || b[at] == b'\'') {
                let q = b[at];
                let end = html[at + 1..]
                    .find(q as char)
                    .ok_or(format!("the value of {name} is not closed"))?
                    + at
                    + 1;
                value = html[at + 1..end].to_string();
                at = end + 1;
            } else {
                let s = at;
                while at < b.len() && !b[at].is_ascii_whitespace() && b[at] != b'>' {
                    at += 1;
                }
                value = html[s..at].to_string();
            }
        }
        attrs.entry(name).or_insert_with(|| decode_refs(&value));
    }
}

/// Decode the character references an attribute value is likely to hold.
fn decode_refs(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                _ => {
                    let n = name
                        .strip_prefix("#x")
                        .or(name.strip_prefix("#X"))
                        .map(|h| u32::from_str_radix(h, 16));
                    let n = n
                        .or(name.strip_prefix('#').map(|d| d.parse::<u32>()))?
                        .ok()?;
                    char::from_u32(n)?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_content_is_known_by_its_root() {
        for (inner, want) in [
            ("<div class=\"fp-static\" lang=\"en\">x</div>", true),
            ("<div lang=\"ja\" class=\"fp-static\"><p>x</p></div>", true),
            ("<div class=\"fp-static-x\">x</div>", false),
            (
                "<div lang=\"en\">x <b class=\"fp-static\">y</b></div>",
                false,
            ),
            ("<p class=\"fp-static\">x</p>", false),
        ] {
            assert_eq!(ours(inner), want, "{inner}");
        }
    }

    fn describe(el: &Element) -> Result<String, String> {
        Ok(format!(
            "<div class=\"fp-static\">{}|{}|{}</div>",
            el.get("view").unwrap_or("all"),
            el.get("filter").unwrap_or(""),
            el.lang().unwrap_or("-")
        ))
    }

    #[test]
    fn fills_each_element_with_its_attributes() {
        let page = "<!doctype html><html lang=ja><body>\n<fact-pack view=\"timeline\" filter='entity:A &amp; B'></fact-pack>\n<p>text</p><FACT-PACK lang=en>\n</FACT-PACK></body></html>";
        let (out, n) = fill(page, &mut describe).unwrap();
        assert_eq!(n, 2);
        assert!(out.contains("<fact-pack view=\"timeline\" filter='entity:A &amp; B'><div class=\"fp-static\">timeline|entity:A & B|ja</div></fact-pack>"), "{out}");
        assert!(
            out.contains("<FACT-PACK lang=en><div class=\"fp-static\">all||en</div></FACT-PACK>"),
            "{out}"
        );
        assert!(
            out.starts_with("<!doctype html><html lang=ja><body>\n")
                && out.ends_with("</body></html>")
        );
        // Filling again replaces what factpack wrote: the same page comes out.
        let (again, _) = fill(&out, &mut describe).unwrap();
        assert_eq!(again, out);
    }

    #[test]
    fn the_language_is_the_nearest_ancestors() {
        let page = "<html lang=en><body><article lang=\"de\"><p>Text <br lang=fr> <fact-pack view=a></fact-pack></p></article>\
            <fact-pack view=b></fact-pack><div lang=ja><section><fact-pack view=c lang=ko></fact-pack></section></div>\
            <div lang=\"\"><fact-pack view=d></fact-pack></div></body></html>";
        let mut seen = Vec::new();
        fill(page, &mut |el| {
            seen.push(format!(
                "{}:{}",
                el.get("view").unwrap(),
                el.lang().unwrap_or("-")
            ));
            Ok(String::new())
        })
        .unwrap();
        // A void element's lang is not inherited; an empty lang means unknown.
        assert_eq!(seen, ["a:de", "b:en", "c:ko", "d:-"]);
    }

    #[test]
    fn skips_comments_and_scripts() {
        let page = "<!-- <fact-pack>old</fact-pack> --><script>let s = '<fact-pack>';</script><fact-pack></fact-pack>";
        let (out, n) = fill(page, &mut describe).unwrap();
        assert_eq!(n, 1);
        assert!(out.starts_with("<!-- <fact-pack>old</fact-pack> --><script>let s = '<fact-pack>';</script><fact-pack><div"));
    }

    #[test]
    fn refuses_to_overwrite_or_guess() {
        let e = fill("<p>\n<fact-pack>hand-written</fact-pack>", &mut describe).unwrap_err();
        assert!(
            e.starts_with("line 2:") && e.contains("did not write"),
            "{e}"
        );
        let e = fill("<p>\n\n<fact-pack view=x>", &mut describe).unwrap_err();
        assert!(e.starts_with("line 3:") && e.contains("not closed"), "{e}");
        let e = fill("<fact-pack view=\"x></fact-pack>", &mut describe).unwrap_err();
        assert!(e.contains("not closed"), "{e}");
        let e = fill("<fact-pack></fact-pack>", &mut |_| {
            Err("no such view".into())
        })
        .unwrap_err();
        assert_eq!(e, "line 1: <fact-pack>: no such view");
        let (same, n) = fill("<p>no widget here</p>", &mut describe).unwrap();
        assert_eq!((same.as_str(), n), ("<p>no widget here</p>", 0));
    }

    #[test]
    fn unwraps_a_paragraph_around_the_element() {
        let page = "<p>text</p>\n<p><fact-pack view=quotes></fact-pack></p>\n<p>a <fact-pack></fact-pack> b</p>";
        let (out, n) = fill(page, &mut describe).unwrap();
        assert_eq!(n, 2);
        assert!(out.starts_with("<p>text</p>\n<fact-pack view=quotes><div class=\"fp-static\">quotes||-</div></fact-pack>\n<p>a "), "{out}");
        assert!(out.ends_with("</fact-pack> b</p>"), "{out}");
        assert_eq!(fill(&out, &mut describe).unwrap().0, out);
    }

    #[test]
    fn decodes_character_references() {
        assert_eq!(
            decode_refs("a &amp; b &#x41;&#66; &bogus; &"),
            "a & b AB &bogus; &"
        );
    }
}
