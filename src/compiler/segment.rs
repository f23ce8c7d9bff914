//! Stage 3, segment: split prose blocks into sentences.
//!
//! Sentence boundaries come from Unicode's rules (UAX #29, via
//! `unicode-segmentation`), corrected for abbreviations that do not end a
//! sentence ("Dr.", "U.S. President", "Gen.") and for quotations: a quote
//! that spans several sentences stays one unit, so a quote and its speaker
//! are cited together.

use super::clean::{BlockKind, Cleaned};
use unicode_segmentation::UnicodeSegmentation;

/// A sentence of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub text: String,
    /// Index of the block it came from.
    pub block: usize,
    /// Whether the block is a list item.
    pub list_item: bool,
    /// Its part in an interview written as questions and answers.
    pub interview: Interview,
}

/// A sentence's part in an interview written as questions and answers
/// ("Q: Will there be an offer? Talks ended." ¶ "A: That is a question for them.").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Interview {
    /// Not part of one.
    #[default]
    None,
    /// In a paragraph that opens with "Q:", whatever its sentence count.
    Question,
    /// A paragraph that opens with "A:" right after a question: one
    /// sentence, one quotation, however many sentences the answer holds.
    Answer,
}

/// Abbreviations that never end a sentence.
const ALWAYS_ABBR: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "adm", "no", "nos", "vs", "e.g", "i.e", "cf", "approx", "est", "mt", "ft", "jr", "sr", "fig",
    "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
];

/// "a.m." and "p.m." end a sentence before a capitalized word that is an
/// ordinary English word ("… by 7 a.m. Near Paris, …"), not before a day, a
/// month or a time zone ("at 9 a.m. Monday", "7 a.m. Eastern time"), nor
/// before words that name the time or the day ("11:03 a.m. New York time",
/// "8 p.m. New Year's Eve"), nor when the sentence so far is only the time
/// ("At 9 a.m. President Roe will speak").
fn time_ends_sentence(cur: &str, next: &str) -> bool {
    let word: String = next
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lc = word.to_lowercase();
    let of_the_time = next.split_whitespace().take(4).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphabetic())
            .trim_end_matches("'s")
            .to_lowercase();
        matches!(
            w.as_str(),
            "time" | "day" | "eve" | "night" | "morning" | "evening" | "afternoon" | "mass"
        )
    });
    word.chars().next().is_some_and(char::is_uppercase)
        && !word.chars().all(char::is_uppercase)
        && crate::compiler::gazetteer::is_common_word(&lc)
        && !matches!(
            lc.as_str(),
            "eastern" | "pacific" | "central" | "mountain" | "atlantic" | "local"
        )
        && crate::compiler::lexicon::month(&lc).is_none()
        && crate::compiler::lexicon::weekday(&lc).is_none()
        && !of_the_time
        && cur.split_whitespace().count() > 4
}

/// Abbreviations that end a sentence only before a typical sentence opener.
const MAYBE_ABBR: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "inc", "co", "corp", "ltd", "etc", "bros",
];

/// Words that typically open a sentence (after an ambiguous abbreviation).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "so",
    "however",
    "meanwhile",
    "there",
    "his",
    "her",
    "their",
    "our",
    "as",
    "after",
    "before",
    "while",
    "when",
    "if",
    "for",
    "with",
    "by",
    "from",
    "to",
    "officials",
    "some",
    "many",
    "most",
    "both",
    "all",
    "one",
    "two",
    "three",
];

/// The last word before the final period, lower case, if the text ends with one.
fn last_abbrev(s: &str) -> Option<String> {
    let t = s.trim_end();
    let t = t.strip_suffix('.')?;
    let word: String = t
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        None
    } else {
        Some(word.to_lowercase())
    }
}

/// "p.k", "j.r.r": single letters joined by dots (the last one's dot cut off).
fn initials(a: &str) -> bool {
    a.contains('.')
        && a.split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn first_word(s: &str) -> String {
    s.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '\'')
        .collect::<String>()
        .to_lowercase()
}

/// Which quotations are open at a point of a paragraph: the depth of double
/// marks, and whether a single mark has opened a quotation ('…) that has not
/// closed yet.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Marks {
    double: i32,
    single: bool,
}

impl Marks {
    fn open(self) -> bool {
        self.double > 0 || self.single
    }
}

/// Quotations open after `s`, starting from `m`. Double marks nest and
/// alternate; a single mark opens at the start of a word after a space, a
/// bracket, a colon or a dash ("told reporters: 'This is…") and closes after
/// sentence punctuation before a space or the end ("…to pay.' Kearney"), or
/// after a letter before a space or punctuation ("…the vote', she said"), so
/// that apostrophes ("didn't", "RTÉ's") never count. Single marks inside
/// double ones are quotations within the quotation and are left alone.
fn marks_after(s: &str, mut m: Marks) -> Marks {
    let mut prev: Option<char> = None;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        match c {
            '“' => m.double += 1,
            '”' if m.double > 0 => m.double -= 1,
            '"' => m.double = if m.double > 0 { m.double - 1 } else { 1 },
            '\'' | '‘' | '’' if m.double == 0 => {
                let opens = c != '’'
                    && prev.is_none_or(|b| {
                        b.is_whitespace() || matches!(b, '(' | '[' | ':' | '—' | '–')
                    })
                    && next.is_some_and(char::is_alphabetic);
                let closes = c != '‘'
                    && prev.is_some_and(|b| {
                        matches!(b, ',' | '.' | '!' | '?' | '…')
                            && next
                                .is_none_or(|a| a.is_whitespace() || matches!(a, ')' | '—' | '–'))
                            || b.is_alphanumeric()
                                && next.is_none_or(|a| {
                                    a.is_whitespace()
                                        || matches!(a, '.' | ',' | ';' | ':' | '!' | '?' | ')')
                                })
                    });
                if m.single && closes {
                    m.single = false;
                } else if !m.single && opens {
                    m.single = true;
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    m
}

/// A quotation that ends with a question or an exclamation and the
/// attribution after it ("“Why now?” she asked.", "“…every line?” party
/// spokesperson Ritu Chaudhary wrote on X."): the words after the mark open
/// in lower case, or name a speech verb among their first eight words.
fn attribution_follows(cur: &str, next: &str) -> bool {
    let t = cur.trim_end();
    let Some(body) = t.strip_suffix(['"', '”', '\'', '’']) else {
        return false;
    };
    if !body.ends_with(['?', '!']) {
        return false;
    }
    let n = next.trim_start();
    if n.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let clause = n.split(['.', '!', '?']).next().unwrap_or("");
    clause.split_whitespace().take(8).any(|w| {
        super::lexicon::is_in(
            super::lexicon::SPEECH_VERBS,
            w.trim_matches(|c: char| !c.is_alphanumeric()),
        )
    })
}

/// Split one paragraph into sentences.
pub fn split(text: &str) -> Vec<String> {
    split_with(text, false)
}

/// Does a paragraph open with a quote mark (a quotation that goes on from
/// the paragraph before, by the convention of leaving the mark unclosed)?
fn opens_with_mark(text: &str) -> bool {
    text.trim_start().starts_with(['"', '“', '\'', '‘'])
}

/// Split one paragraph into sentences. `continued`: a quotation opened in
/// this paragraph and not closed goes on into the next one (which opens with
/// a mark), so everything from its mark on is one quoted unit.
fn split_with(text: &str, continued: bool) -> Vec<String> {
    let pieces: Vec<&str> = text.split_sentence_bounds().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let mut cur = pieces[i].to_string();
        i += 1;
        loop {
            let Some(next) = pieces.get(i) else { break };
            let abbr = last_abbrev(&cur);
            let join_abbr = abbr.as_deref().is_some_and(|a| {
                matches!(a, "a.m" | "p.m") && !time_ends_sentence(&cur, next)
                    || ALWAYS_ABBR.contains(&a)
                    || (MAYBE_ABBR.contains(&a) && !OPENERS.contains(&first_word(next).as_str()))
                    || (a.len() == 1 && a.chars().all(|c| c.is_alphabetic())) // an initial: "John F. Kennedy"
                    // A person's dotted initials: "Chief Minister P.K. Sasidharan" (not "U.S.").
                    || (initials(a) && !matches!(a, "a.m" | "p.m") && !MAYBE_ABBR.contains(&a) && !OPENERS.contains(&first_word(next).as_str()))
            });
            // Inside a quotation that closes later in the paragraph: keep going.
            let marks = marks_after(&cur, Marks::default());
            let closes_later = marks.open() && {
                let mut m = marks;
                pieces[i..].iter().any(|p| {
                    m = marks_after(p, m);
                    !m.open()
                })
            };
            // A quotation that runs on into the next paragraph: keep it whole.
            let runs_on = continued && marks.open() && !closes_later;
            if join_abbr || closes_later || runs_on || attribution_follows(&cur, next) {
                cur.push_str(next);
                i += 1;
            } else {
                break;
            }
        }
        let t = cur.trim();
        if !t.is_empty() {
            out.push(t.to_string());
        }
    }
    out
}

/// Sentences of every prose block (headings are not sentences).
pub fn sentences(cleaned: &Cleaned) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (b, block) in cleaned.blocks.iter().enumerate() {
        if block.kind == BlockKind::Heading {
            continue;
        }
        let next = cleaned.blocks[b + 1..]
            .iter()
            .find(|x| x.kind != BlockKind::Heading);
        let list_item = block.kind == BlockKind::ListItem;
        // An interview's answer after its question ("Q: …" ¶ "A: …") is one quotation.
        let answer = block.text.starts_with("A:")
            && cleaned.blocks[..b]
                .iter()
                .rev()
                .find(|x| x.kind != BlockKind::Heading)
                .is_some_and(|x| x.text.starts_with("Q:"));
        if answer {
            out.push(Sentence {
                text: block.text.trim().to_string(),
                block: b,
                list_item,
                interview: Interview::Answer,
            });
            continue;
        }
        let interview = if block.text.starts_with("Q:") {
            Interview::Question
        } else {
            Interview::None
        };
        let continued = marks_after(&block.text, Marks::default()).open()
            && next.is_some_and(|x| opens_with_mark(&x.text));
        for text in split_with(&block.text, continued) {
            out.push(Sentence {
                text,
                block: b,
                list_item,
                interview,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Interview, sentences, split, split_with};

    /// An interview's parts: every sentence of a question paragraph, and the
    /// answer after it as one sentence.
    #[test]
    fn interview_parts() {
        let cleaned = crate::compiler::clean::clean(
            "Q: You met on Monday. Will he stay?\n\nA: He is happy. He told us so.\n\nA: Not an answer.\n",
            1,
            false,
        );
        let got: Vec<(String, Interview)> = sentences(&cleaned)
            .into_iter()
            .map(|s| (s.text, s.interview))
            .collect();
        let want = [
            ("Q: You met on Monday.", Interview::Question),
            ("Will he stay?", Interview::Question),
            ("A: He is happy. He told us so.", Interview::Answer),
            ("A: Not an answer.", Interview::None),
        ];
        assert_eq!(got, want.map(|(t, i)| (t.to_string(), i)));
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("One two. Three four! Five? Six"),
            ["One two.", "Three four!", "Five?", "Six"]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("U.S. President Donald Trump met Dr. Smith on Jan. 17. The talks ended."),
            [
                "U.S. President Donald Trump met Dr. Smith on Jan. 17.",
                "The talks ended."
            ]
        );
        assert_eq!(
            split("Sumitomo Metal Mining Co., Ltd. continues to explore. It said so."),
            [
                "Sumitomo Metal Mining Co., Ltd. continues to explore.",
                "It said so."
            ]
        );
        assert_eq!(
            split("It works with Acme, Ltd. The company grew."),
            ["It works with Acme, Ltd.", "The company grew."]
        );
        assert_eq!(
            split("Made in the U.S. The plant opened."),
            ["Made in the U.S.", "The plant opened."]
        );
        // A person's dotted initials go on into the name.
        assert_eq!(
            split("Outgoing Chief Minister P.K. Sasidharan, 72, retained his seat. The Left lost."),
            [
                "Outgoing Chief Minister P.K. Sasidharan, 72, retained his seat.",
                "The Left lost."
            ]
        );
        // "a.m." and "p.m." end a sentence before an ordinary word, not before a day or a zone.
        assert_eq!(
            split("Boards showed cancellations by 7 a.m. Near Paris, commuters waited."),
            [
                "Boards showed cancellations by 7 a.m.",
                "Near Paris, commuters waited."
            ]
        );
        assert_eq!(
            split("The polls open at 7 a.m. Monday and close at 8 p.m. Eastern time."),
            ["The polls open at 7 a.m. Monday and close at 8 p.m. Eastern time."]
        );
        assert_eq!(
            split("Shares rose 2% at 11:03 a.m. New York time. Bonds fell."),
            ["Shares rose 2% at 11:03 a.m. New York time.", "Bonds fell."]
        );
        assert_eq!(
            split("At 9 a.m. President Jane Roe will speak."),
            ["At 9 a.m. President Jane Roe will speak."]
        );
    }

    #[test]
    fn quotations_stay_whole() {
        assert_eq!(
            split("She stated, “It is important. We are considering ways”. Then she left."),
            [
                "She stated, “It is important. We are considering ways”.",
                "Then she left."
            ]
        );
        assert_eq!(
            split("“It is a first step,” Ito said. “We will try harder.\" Later, more."),
            [
                "“It is a first step,” Ito said.",
                "“We will try harder.\"",
                "Later, more."
            ]
        );
    }

    #[test]
    fn single_mark_quotations_stay_whole() {
        assert_eq!(
            split(
                "Farrell said: 'They are the best team. You give them a sniff and they take it.' Then he left."
            ),
            [
                "Farrell said: 'They are the best team. You give them a sniff and they take it.'",
                "Then he left."
            ]
        );
        assert_eq!(
            split("'It was chaos. The phones went down,' said a pharmacist."),
            ["'It was chaos. The phones went down,' said a pharmacist."]
        );
        assert_eq!(
            split("‘We lost. We will be back’, Ana Lopes said."),
            ["‘We lost. We will be back’, Ana Lopes said."]
        );
        // Apostrophes open nothing.
        assert_eq!(
            split("The workers' union voted. RTÉ's reporter didn't stay."),
            ["The workers' union voted.", "RTÉ's reporter didn't stay."]
        );
        assert_eq!(
            split("It said 'no'. Then 'yes'. End."),
            ["It said 'no'.", "Then 'yes'.", "End."]
        );
        assert_eq!(
            split_with("He told RTÉ: 'This is serious. We will not pay.", true),
            ["He told RTÉ: 'This is serious. We will not pay."]
        );
    }

    #[test]
    fn attribution_after_a_question() {
        assert_eq!(
            split("“Why now?” she asked. Nobody knew."),
            ["“Why now?” she asked.", "Nobody knew."]
        );
        assert_eq!(
            split("\"How many more?\" party spokesperson Ritu Chaudhary wrote on X."),
            ["\"How many more?\" party spokesperson Ritu Chaudhary wrote on X."]
        );
        assert_eq!(
            split("'Enough!' Jane Roe told the crowd."),
            ["'Enough!' Jane Roe told the crowd."]
        );
        assert_eq!(
            split("\"Why?\" The question hung in the air."),
            ["\"Why?\"", "The question hung in the air."]
        );
    }

    #[test]
    fn unclosed_quote_does_not_swallow_paragraph() {
        assert_eq!(
            split("He said “oops. Then more. End."),
            ["He said “oops.", "Then more.", "End."]
        );
    }

    #[test]
    fn quotation_continued_in_next_paragraph() {
        assert_eq!(
            split_with(
                "\"It was fast,\" Marquez said. \"They trusted you. You lied. Again.",
                true
            ),
            [
                "\"It was fast,\" Marquez said.",
                "\"They trusted you. You lied. Again."
            ]
        );
    }
}
