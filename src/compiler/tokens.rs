//! A tokenizer for sentences: words, numbers, symbols and punctuation, each
//! with its byte and character offsets, so extractors can match patterns on
//! tokens and report spans in characters.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner apostrophes, hyphens and dotted initials
    /// (`Japan's`, `rare-earth`, `U.S.`).
    Word,
    /// Digits with `,` thousands separators and a `.` decimal point.
    Num,
    /// Currency signs, `%`, `°`, `~`, `+`, `±`.
    Sym,
    /// Any other character that is not white space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    /// Character offsets in the sentence.
    pub cstart: u32,
    pub cend: u32,
    /// White space directly before the token.
    pub space_before: bool,
    /// The text has an upper-case letter (so [`Token::lc`] must lower it).
    pub upper: bool,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is(&self, s: &str) -> bool {
        self.text.eq_ignore_ascii_case(s)
    }
    /// The token in lower case, without allocating for a short word.
    pub fn lc(&self) -> Lower<'a> {
        if self.upper {
            Lower::of(self.text)
        } else {
            Lower::Borrowed(self.text)
        }
    }
    /// Starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Two or more letters, all upper case (`JOGMEC`, `U.S.`).
    pub fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        self.kind == Kind::Word && letters >= 2 && self.text.chars().all(|c| !c.is_lowercase())
    }
}

/// A word in lower case: borrowed when it already is, lowered on the stack
/// when it is ASCII of up to [`Lower::INLINE`] bytes, allocated only
/// otherwise. Extractors ask for the lower case of most tokens several
/// times; this keeps those look-ups off the allocator.
#[derive(Clone)]
pub enum Lower<'a> {
    Borrowed(&'a str),
    Inline([u8; Lower::INLINE], u8),
    Owned(String),
}

impl<'a> Lower<'a> {
    pub const INLINE: usize = 32;

    #[inline]
    pub fn of(word: &'a str) -> Self {
        // Most words asked for are lower-case ASCII already: one scan, no copy.
        for (k, &c) in word.as_bytes().iter().enumerate() {
            if c.is_ascii_uppercase() || c >= 0x80 {
                return Self::lowered(word, k);
            }
        }
        Lower::Borrowed(word)
    }

    /// `word` from its first capital or non-ASCII byte `k` on.
    #[inline(never)]
    fn lowered(word: &'a str, k: usize) -> Self {
        let b = word.as_bytes();
        if b.len() <= Self::INLINE && b[k..].is_ascii() {
            let mut buf = [0u8; Self::INLINE];
            buf[..b.len()].copy_from_slice(b);
            buf[k..b.len()].make_ascii_lowercase();
            return Lower::Inline(buf, b.len() as u8);
        }
        if word[k..].chars().any(char::is_uppercase) {
            Lower::Owned(word.to_lowercase())
        } else {
            Lower::Borrowed(word)
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // SAFETY: only ASCII bytes are ever stored inline (see `of`), and ASCII is UTF-8.
            Lower::Inline(buf, n) => unsafe { std::str::from_utf8_unchecked(&buf[..*n as usize]) },
            Lower::Owned(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Default for Lower<'_> {
    fn default() -> Self {
        Lower::Borrowed("")
    }
}

impl std::borrow::Borrow<str> for Lower<'_> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

fn is_sym(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₩'
            | '₹'
            | '₽'
            | '₺'
            | '₫'
            | '₱'
            | '₪'
            | '%'
            | '°'
            | '~'
            | '+'
            | '±'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‑')
}

/// Split a sentence into tokens.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let byte = |i: usize| if i < n { chars[i].0 } else { s.len() };
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    // About one token per five characters of prose.
    let mut out = Vec::with_capacity(n / 5 + 4);
    let mut i = 0;
    let mut space = false;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        // A non-breaking space written as an HTML entity ("45&nbsp;km") is a space.
        if c == '&' {
            if let Some(len) = ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;"]
                .iter()
                .find(|e| s[byte(i)..].starts_with(**e))
                .map(|e| e.len())
            {
                space = true;
                i += len;
                continue;
            }
        }
        let begin = i;
        let kind;
        // "$US24bn", "$A3.5 million": a country's letters after a glued dollar
        // sign end before the number, which is a number of its own.
        let dollar_prefix = !space && out.last().is_some_and(|t: &Token| t.text == "$") && {
            let mut k = i;
            while at(k).is_some_and(|c| c.is_ascii_uppercase()) {
                k += 1;
            }
            // The letters of a lettered dollar sign ("US$", "A$", "NZ$"), written after it.
            let letters = &s[byte(i)..byte(k)];
            k > i
                && at(k).is_some_and(|c| c.is_ascii_digit())
                && crate::compiler::lexicon::CURRENCY_SYMBOLS
                    .iter()
                    .any(|(sym, _)| sym.strip_suffix('$') == Some(letters))
        };
        if dollar_prefix {
            kind = Kind::Word;
            while at(i).is_some_and(|c| c.is_ascii_uppercase()) {
                i += 1;
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            i += 1;
            loop {
                match at(i) {
                    Some(c) if c.is_alphanumeric() || matches!(c, '²' | '³') => i += 1,
                    Some(c)
                        if (is_apostrophe(c) || is_hyphen(c) || c == '&')
                            && at(i + 1).is_some_and(char::is_alphanumeric) =>
                    {
                        i += 2
                    }
                    // Dotted initials: U.S., e.g., U.S.A.
                    Some('.')
                        if i - begin <= 2
                            && at(i + 1).is_some_and(char::is_alphabetic)
                            && at(i + 2) == Some('.')
                            && chars[begin..i].iter().all(|&(_, c)| c.is_alphabetic()) =>
                    {
                        i += 3;
                        while at(i).is_some_and(char::is_alphabetic) && at(i + 1) == Some('.') {
                            i += 2;
                        }
                    }
                    _ => break,
                }
            }
        } else if c.is_ascii_digit() {
            kind = Kind::Num;
            i += 1;
            loop {
                match at(i) {
                    Some(c) if c.is_ascii_digit() => i += 1,
                    Some(',')
                        if (1..=3).contains(&(i - begin))
                            || chars[begin..i].iter().any(|&(_, c)| c == ',') =>
                    {
                        // a thousands separator is followed by exactly three digits
                        let three = (1..=3).all(|k| at(i + k).is_some_and(|c| c.is_ascii_digit()))
                            && !at(i + 4).is_some_and(|c| c.is_ascii_digit());
                        if three { i += 1 } else { break }
                    }
                    Some('.')
                        if at(i + 1).is_some_and(|c| c.is_ascii_digit())
                            && !chars[begin..i].iter().any(|&(_, c)| c == '.') =>
                    {
                        i += 1
                    }
                    _ => break,
                }
            }
        } else if is_sym(c) {
            kind = Kind::Sym;
            i += 1;
        } else {
            kind = Kind::Punct;
            i += 1;
        }
        let text = &s[byte(begin)..byte(i)];
        out.push(Token {
            kind,
            text,
            start: byte(begin),
            end: byte(i),
            cstart: begin as u32,
            cend: i as u32,
            space_before: space,
            upper: kind == Kind::Word && chars[begin..i].iter().any(|&(_, c)| c.is_uppercase()),
        });
        space = false;
    }
    out
}

/// Parse a numeric token (`5,569`, `45.9`) to a value.
pub fn num_value(text: &str) -> Option<f64> {
    let clean: String = text.chars().filter(|&c| c != ',').collect();
    clean.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_without_allocating() {
        for (word, want, inline) in [
            ("said", "said", false),
            ("Said", "said", true),
            ("JOGMEC", "jogmec", true),
            ("ÉLYSÉE", "élysée", false),
            ("café", "café", false),
            ("Straße", "straße", false),
            (
                "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH",
                "abcdefghijklmnopqrstuvwxyzabcdefgh",
                false,
            ),
            ("", "", false),
        ] {
            let l = Lower::of(word);
            assert_eq!(l.as_str(), want, "{word}");
            assert_eq!(l.as_str(), word.to_lowercase(), "{word}");
            assert_eq!(matches!(l, Lower::Inline(..)), inline, "{word}");
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_numbers_symbols() {
        assert_eq!(
            texts("Japan's rare-earth 5,569 meters, ¥10 billion (A$500m) at 45.9%."),
            [
                "Japan's",
                "rare-earth",
                "5,569",
                "meters",
                ",",
                "¥",
                "10",
                "billion",
                "(",
                "A",
                "$",
                "500",
                "m",
                ")",
                "at",
                "45.9",
                "%",
                "."
            ]
        );
    }

    #[test]
    fn html_non_breaking_space() {
        let t = tokenize("add 45&nbsp;km now");
        assert_eq!(
            t.iter().map(|x| x.text).collect::<Vec<_>>(),
            ["add", "45", "km", "now"]
        );
        assert!(t[2].space_before);
        assert_eq!(
            (t[2].cstart, t[2].cend),
            (12, 14),
            "offsets still point into the sentence as written"
        );
    }

    #[test]
    fn initials_and_sentence_end() {
        assert_eq!(
            texts("the U.S. government, e.g. Jan. 17."),
            [
                "the",
                "U.S.",
                "government",
                ",",
                "e.g.",
                "Jan",
                ".",
                "17",
                "."
            ]
        );
    }

    #[test]
    fn ranges_and_odd_numbers() {
        assert_eq!(
            texts("5,000-6,000 2026–2027 1,2345 3.14.15 km²"),
            [
                "5,000", "-", "6,000", "2026", "–", "2027", "1", ",", "2345", "3.14", ".", "15",
                "km²"
            ]
        );
    }

    #[test]
    fn offsets_are_chars_and_bytes() {
        let t = tokenize("Kyushu’s ¥10");
        assert_eq!(t[0].text, "Kyushu’s");
        assert_eq!((t[0].cstart, t[0].cend), (0, 8));
        assert_eq!((t[1].cstart, t[1].cend, t[1].start), (9, 10, 11));
        assert!(t[1].space_before && !t[2].space_before);
        assert!(t[0].is_capitalized());
        assert!(tokenize("JOGMEC")[0].is_acronym());
        assert_eq!(num_value("5,569"), Some(5569.0));
    }
}
