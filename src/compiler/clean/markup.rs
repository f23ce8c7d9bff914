//! What bad scraping leaves in the text, undone before lines are read: raw
//! HTML tags (`<p>`, `<br>`, `<div class="ad">`), scripts and styles with
//! their content, comments, character references (`&nbsp;`, `&amp;`,
//! `&#8217;`), and paragraphs run together by a lost tag ("the union
//! saidIn a statement", "Dr Fiona MacLeodThe reptile").

/// Tags that end a line when markup is dropped (block-level elements).
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "blockquote",
    "figure",
    "figcaption",
    "main",
    "hr",
    "dl",
    "dt",
    "dd",
    "pre",
    "form",
    "iframe",
];
/// Tags whose content is never text.
const DROPPED_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg"];

/// Named character references a page may leave in its text.
const ENTITIES: &[(&str, &str)] = &[
    ("nbsp", " "),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("rsquo", "’"),
    ("lsquo", "‘"),
    ("rdquo", "”"),
    ("ldquo", "“"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("copy", "©"),
    ("reg", "®"),
    ("deg", "°"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("iacute", "í"),
    ("ntilde", "ñ"),
    ("ccedil", "ç"),
    ("uuml", "ü"),
    ("ouml", "ö"),
    ("auml", "ä"),
    ("szlig", "ß"),
    ("middot", "·"),
    ("bull", "•"),
    ("times", "×"),
    ("shy", ""),
    ("zwnj", ""),
    ("thinsp", " "),
    ("ensp", " "),
    ("emsp", " "),
];

/// A tag at byte `at` (which holds `<`): its lower-case name, whether it
/// closes, and the byte after its `>`. Not a tag: "a < b", "<https://…>".
fn tag_at(s: &str, at: usize) -> Option<(String, bool, usize)> {
    let rest = &s[at + 1..];
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let after = rest.as_bytes().get(name_len).copied()?;
    if !(after == b'>' || after == b'/' || after.is_ascii_whitespace()) {
        return None;
    }
    let close = rest.find('>')?;
    // A tag does not span lines of prose or hold another "<".
    if rest[..close].contains(['<', '\n']) {
        return None;
    }
    let consumed = s.len() - rest.len() + close + 1;
    Some((rest[..name_len].to_ascii_lowercase(), closing, consumed))
}

/// `&name;`, `&#123;`, `&#x7b;` at byte `at`: the text and the byte after it.
fn entity_at(s: &str, at: usize) -> Option<(String, usize)> {
    let rest = &s[at + 1..];
    let end = rest.find(';').filter(|&e| e > 0 && e <= 10)?;
    let name = &rest[..end];
    let text = if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        let c = char::from_u32(n)?;
        if c == '\u{a0}' {
            " ".to_string()
        } else {
            c.to_string()
        }
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name)?.1.to_string()
    };
    Some((text, at + end + 2))
}

/// Drop markup from `text`; block tags become line ends. Returns the text
/// unchanged (borrowed) when it has no markup.
pub fn strip(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['<', '&']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        match b[i] {
            b'<' if text[i..].starts_with("<!--") => {
                i = text[i..].find("-->").map_or(text.len(), |e| i + e + 3);
            }
            b'<' => match tag_at(text, i) {
                Some((name, closing, next)) => {
                    if !closing && DROPPED_TAGS.contains(&name.as_str()) {
                        let close = format!("</{name}");
                        let lower = text[next..].to_ascii_lowercase();
                        i = lower.find(&close).map_or(text.len(), |e| {
                            let c = next + e;
                            text[c..].find('>').map_or(text.len(), |g| c + g + 1)
                        });
                        continue;
                    }
                    if BLOCK_TAGS.contains(&name.as_str()) && !out.ends_with('\n') {
                        out.push('\n');
                    }
                    i = next;
                }
                None => {
                    out.push('<');
                    i += 1;
                }
            },
            b'&' => match entity_at(text, i) {
                Some((t, next)) => {
                    out.push_str(&t);
                    i = next;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            },
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a text may hold words run together ("saidIn", "MacLeodThe"): a
/// lower-case letter right before one of the openers' capitals. A fast
/// byte scan, so clean articles skip [`unjoin`].
pub fn may_be_joined(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2).any(|w| {
        w[0].is_ascii_lowercase()
            && matches!(
                w[1],
                b'T' | b'A' | b'I' | b'H' | b'S' | b'W' | b'B' | b'O' | b'F' | b'M'
            )
    }) && OPENERS.iter().any(|o| text.contains(o))
}

/// Words that open a sentence and never end a name.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "That",
    "These",
    "But",
    "And",
    "On",
    "At",
    "For",
    "After",
    "When",
    "While",
    "Its",
    "His",
    "Her",
    "Their",
    "There",
    "However",
    "Meanwhile",
];
const ARTICLES: &[&str] = &["The", "A", "An"];

/// Split words run together by a lost paragraph break: "saidIn a
/// statement" (a lower-case word, then an opener and more words), "MacLeodThe
/// reptile" (any word, then an article and a lower-case word). A paragraph
/// separator (U+2029) is put at the joint: the line stays prose, and the
/// sentence segmenter (UAX #29) ends a sentence there. "LinkedIn said", "iPhone", "McDonald" stay whole.
pub fn unjoin(line: &str) -> std::borrow::Cow<'_, str> {
    let mut cuts = Vec::new();
    let words: Vec<(usize, &str)> = line
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    for (k, &(start, w)) in words.iter().enumerate() {
        let next_lower = words
            .get(k + 1)
            .is_some_and(|(_, n)| n.chars().next().is_some_and(char::is_lowercase));
        if !next_lower {
            continue;
        }
        for opener in OPENERS {
            let Some(left) = w.strip_suffix(opener) else {
                continue;
            };
            let letters = left.chars().count();
            if letters < 3
                || !left.chars().last().is_some_and(char::is_lowercase)
                || !left.chars().all(char::is_alphabetic)
            {
                continue;
            }
            let all_lower = left.chars().all(char::is_lowercase);
            // "saidIn": a plain lower-case word and any opener; "MacLeodThe": a name and an article.
            if all_lower || ARTICLES.contains(opener) {
                cuts.push(start + left.len());
                break;
            }
        }
    }
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + cuts.len());
    let mut last = 0;
    for c in cuts {
        out.push_str(&line[last..c]);
        out.push('\u{2029}');
        last = c;
    }
    out.push_str(&line[last..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_rules() {
        let cases: &[(&str, &str)] = &[
            ("<p>Dockworkers struck.</p>", "\nDockworkers struck.\n"),
            ("It rose.<br>Then it fell.", "It rose.\nThen it fell."),
            ("an estimated&nbsp;€45 million", "an estimated €45 million"),
            ("Smith &amp; Sons &#8217;s &#x41;", "Smith & Sons ’s A"),
            ("<div class=\"ad\">Advertisement</div>", "\nAdvertisement\n"),
            ("<b>bold</b> and <a href=\"x\">link</a>", "bold and link"),
            ("<script>alert(1)</script>Text", "Text"),
            ("<!-- hidden -->Text", "Text"),
            ("if a < b and c > d", "if a < b and c > d"),
            (
                "see <https://example.org> now",
                "see <https://example.org> now",
            ),
            ("R&D and AT&T;", "R&D and AT&T;"),
            ("no markup here", "no markup here"),
        ];
        for (input, want) in cases {
            assert_eq!(strip(input), *want, "{input}");
        }
    }

    #[test]
    fn run_together_rules() {
        let cases: &[(&str, &str)] = &[
            (
                "the union saidIn a statement, it agreed",
                "the union said\u{2029}In a statement, it agreed",
            ),
            (
                "said Dr Fiona MacLeodThe reptile was small",
                "said Dr Fiona MacLeod\u{2029}The reptile was small",
            ),
            ("LinkedIn said profits rose", "LinkedIn said profits rose"),
            ("the new iPhone sold well", "the new iPhone sold well"),
            ("McDonald said so", "McDonald said so"),
            ("a yearThe end", "a year\u{2029}The end"),
        ];
        for (input, want) in cases {
            assert_eq!(unjoin(input), *want, "{input}");
        }
    }
}
