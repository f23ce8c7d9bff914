//! Events: a dated statement's short summary, made from the clause of its
//! sentence that holds the date, with date phrases, attribution and trailing
//! relative clauses removed.

use super::dates::DateMatch;
use super::words::{AUXILIARIES, DETERMINERS};
use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token};

/// Words that belong to a date phrase when they stand right before it.
const DATE_PREPS: &[&str] = &[
    "in",
    "on",
    "by",
    "since",
    "from",
    "until",
    "till",
    "through",
    "throughout",
    "during",
    "as",
    "of",
    "at",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "the",
    "for",
    "into",
    "around",
    "toward",
    "towards",
    "between",
];
const MAX_CHARS: usize = 110;

/// Clause boundaries: ";" and ", and|but|while|whereas" (token ranges).
fn clauses(t: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < t.len() {
        let semi = t[i].text == ";";
        // ", and" joins clauses after a long segment; after a short one it ends a list ("the US, Japan, and the EU").
        let segment = (start..i).rev().take_while(|&k| t[k].text != ",").count();
        let coord = t[i].text == ","
            && segment >= 4
            && t.get(i + 1)
                .is_some_and(|n| matches!(n.lc().as_str(), "and" | "but" | "whereas"));
        if semi || coord {
            out.push((start, i));
            start = if coord { i + 2 } else { i + 1 };
            i = start;
            continue;
        }
        i += 1;
    }
    out.push((start, t.len()));
    out.retain(|(a, b)| a < b);
    out
}

/// The subject at the start of a clause: words up to the first comma or verb.
fn subject(t: &[Token], (start, end): (usize, usize), dropped: &[bool]) -> Vec<usize> {
    let mut out = Vec::new();
    for i in start..end {
        if dropped[i] {
            continue;
        }
        let tok = &t[i];
        if tok.kind != Kind::Word || out.len() >= 6 {
            break;
        }
        let l = tok.lc();
        if AUXILIARIES.contains(&l.as_str()) && !out.is_empty()
            || lexicon::SPEECH_VERBS.contains(&l.as_str())
        {
            break;
        }
        let verb =
            (l.ends_with("ed") || l.ends_with("es")) && !out.is_empty() && !tok.is_capitalized();
        if verb {
            break;
        }
        out.push(i);
    }
    out
}

/// A summary of the statement the date `dates[k]` belongs to.
pub fn summary(sentence: &str, t: &[Token], dates: &[DateMatch], k: usize) -> String {
    let date = &dates[k];
    let all = clauses(t);
    let ci = all
        .iter()
        .position(|&(a, b)| (a..b).contains(&date.first))
        .unwrap_or(0);
    let (cs, ce) = all[ci];
    // Drop every date phrase of the clause, with its prepositions and the
    // "and" that joins two dates ("In 2024 and 2025").
    let mut drop = vec![false; t.len()];
    for d in dates.iter().filter(|d| d.first >= cs && d.end <= ce) {
        let mut from = d.first;
        while from > cs
            && t[from - 1].kind == Kind::Word
            && DATE_PREPS.contains(&t[from - 1].lc().as_str())
        {
            from -= 1;
        }
        if from > cs
            && matches!(t[from - 1].lc().as_str(), "and" | "or")
            && from >= 2
            && drop[from - 2]
        {
            from -= 1;
        }
        for x in drop.iter_mut().take(d.end).skip(from) {
            *x = true;
        }
        // "In 2025, Kyushu …", "results; in 2025, Kyushu": the comma goes too.
        let lead = from == cs
            || matches!(t[from - 1].text, "," | ";" | ":" | "(")
            || matches!(t[from - 1].lc().as_str(), "that" | "and" | "but");
        if lead && t.get(d.end).is_some_and(|x| x.text == ",") && d.end < ce {
            drop[d.end] = true;
        }
    }
    // Trailing attribution (", according to …", ", X said") and relative clauses.
    let mut end = ce;
    for i in cs..ce {
        // Only after the date: a clause before it may hold the statement.
        if t[i].text != "," || i <= cs + 3 || i < date.end {
            continue;
        }
        // The words after the comma, looked at up to the ninth.
        let rest = t[i + 1..ce]
            .iter()
            .filter(|x| x.kind == Kind::Word)
            .map(Token::lc)
            .take(9);
        let first = rest.clone().next();
        let attribution = first.as_ref().is_some_and(|w| w == "according")
            || (rest.clone().count() <= 8
                && rest.into_iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "said" | "says" | "added" | "stated" | "noted" | "reported"
                    )
                }));
        let clause = first.is_some_and(|w| {
            matches!(
                w.as_str(),
                "as" | "which"
                    | "while"
                    | "who"
                    | "where"
                    | "amid"
                    | "raising"
                    | "making"
                    | "marking"
                    | "including"
                    | "aiming"
                    | "targeting"
                    | "supporting"
                    | "driven"
                    | "underpinned"
                    | "integrating"
                    | "reflecting"
                    | "potentially"
            )
        });
        if attribution || clause {
            end = i;
            break;
        }
    }
    let mut picked: Vec<usize> = Vec::new();
    if ci > 0 {
        // A clause without its own subject ("…, and arrived on Jan. 17") borrows the sentence's.
        let first_word = (cs..end).find(|&i| !drop[i]).map(|i| &t[i]);
        let needs_subject = first_word.is_some_and(|w| {
            let l = w.lc();
            w.kind == Kind::Word
                && !w.is_capitalized()
                && !DETERMINERS.contains(&l.as_str())
                && !matches!(
                    l.as_str(),
                    "it" | "he" | "she" | "they" | "we" | "i" | "there"
                )
        });
        if needs_subject {
            picked.extend(subject(t, all[0], &drop));
        }
    }
    picked.extend((cs..end).filter(|&i| !drop[i]));
    // Join the tokens with the spacing they have in the sentence.
    let mut out = String::new();
    let mut prev: Option<usize> = None;
    for &i in &picked {
        let tok = &t[i];
        match prev {
            Some(p) if p + 1 == i => out.push_str(&sentence[t[p].end..tok.start]),
            Some(_) if tok.kind == Kind::Punct && !matches!(tok.text, "(" | "“" | "\"") => {}
            Some(_) => out.push(' '),
            None => {}
        }
        out.push_str(tok.text);
        prev = Some(i);
    }
    let mut s = out;
    for (from, to) in [
        (" ,", ","),
        (",,", ","),
        (":,", ":"),
        (";,", ";"),
        ("  ", " "),
        ("( ", "("),
        (" )", ")"),
    ] {
        while s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—')
    });
    let s = s.trim_end_matches(['.', '!', '?']);
    let mut s = shorten(s);
    if let Some(first) = s.chars().next() {
        if first.is_lowercase() {
            s = first.to_uppercase().collect::<String>() + &s[first.len_utf8()..];
        }
    }
    s
}

/// Cut to at most `MAX_CHARS` characters at a word boundary, with an ellipsis.
fn shorten(s: &str) -> String {
    if s.chars().count() <= MAX_CHARS {
        return s.to_string();
    }
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > MAX_CHARS - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    let mut words: Vec<&str> = out.split(' ').collect();
    while words.last().is_some_and(|w| {
        lexicon::is_in(
            &[
                "and", "or", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "as",
            ],
            w,
        )
    }) {
        words.pop();
    }
    format!(
        "{}…",
        words.join(" ").trim_end_matches([',', ';', ':', '—', '–'])
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::dates;
    use crate::compiler::tokens::tokenize;

    fn sum_k(s: &str, k: usize) -> String {
        let t = tokenize(s);
        let d = dates::find(&t);
        summary(s, &t, &d, k)
    }

    fn sum(s: &str) -> String {
        sum_k(s, 0)
    }

    #[test]
    fn summaries() {
        assert_eq!(
            sum("The first batch was retrieved on Feb. 1, according to the agency."),
            "The first batch was retrieved"
        );
        assert_eq!(
            sum("In 2025, Kyushu’s resources are being leveraged."),
            "Kyushu’s resources are being leveraged"
        );
        assert_eq!(
            sum("Japan said Monday it retrieved sediment, as the country seeks to cut reliance."),
            "Japan said it retrieved sediment"
        );
        assert_eq!(
            sum("as of 2024, the country was sourcing 63% of its supplies from China."),
            "The country was sourcing 63% of its supplies from China"
        );
        assert_eq!(
            sum("In 2024 and 2025, several pilot plants began work."),
            "Several pilot plants began work"
        );
        assert_eq!(
            sum_k("In 2024 and 2025, several pilot plants began work.", 1),
            "Several pilot plants began work"
        );
        assert_eq!(
            sum(
                "These partnerships are yielding results; in 2025, the university reported a demonstration."
            ),
            "The university reported a demonstration"
        );
        assert_eq!(
            sum("Demonstrations are planned for late 2025, targeting integration with lines."),
            "Demonstrations are planned"
        );
        assert_eq!(
            sum("They found deposits in the 2010s, including rich ones."),
            "They found deposits"
        );
        assert_eq!(
            sum_k(
                "The Chikyu departed last month for the island, and arrived at the mining site on Jan. 17.",
                1
            ),
            "The Chikyu arrived at the mining site"
        );
        let long = sum(
            "In 2025 the long sentence goes on and on with many words that describe a great many things in a lot of detail for the reader to enjoy",
        );
        assert!(
            long.ends_with('…') && long.chars().count() <= MAX_CHARS,
            "{long}"
        );
    }
}
