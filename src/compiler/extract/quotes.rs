//! Quotes: quoted words with an attribution ("…," Takaichi said; said X,
//! adding "…"; X stated, "…"; according to X), or a quote that continues the
//! previous sentence's quote.

use super::entities::Mention;
use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token};

#[derive(Debug, Clone, PartialEq)]
pub enum Speaker {
    /// Index into the sentence's mentions.
    Mention(usize),
    /// "she said": the last person named before.
    Pronoun,
    /// A sentence that is only a quote: the previous quote's speaker goes on.
    Continuation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteMatch {
    pub quote: String,
    /// Character span of the quoted words (without the quote marks).
    pub span: [u32; 2],
    pub speaker: Speaker,
}

/// Quoted passages: (open, close) character indices of the marks.
fn passages(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        match (c, open) {
            ('“', None) => open = Some(i),
            ('”', Some(o)) => {
                out.push((o, i));
                open = None;
            }
            ('"', None) => open = Some(i),
            ('"', Some(o)) => {
                out.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Quoted passages in single marks ('…,' said X; ‘…’), where an apostrophe
/// must not be taken for a mark: a passage opens at the start of a word and
/// closes right after punctuation ("disaster,'"), before a space or the end.
fn single_passages(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        let before = i.checked_sub(1).map(|k| chars[k]);
        let after = chars.get(i + 1).copied();
        match open {
            None if c != '’' && before.is_none_or(|b| b.is_whitespace() || b == '(') && after.is_some_and(char::is_alphabetic) => open = Some(i),
            // "disaster,' said" and the British "disaster', said".
            Some(o) if c != '‘' && (before.is_some_and(|b| matches!(b, ',' | '.' | '!' | '?')) && after.is_none_or(|a| a.is_whitespace())
                || before.is_some_and(char::is_alphabetic) && after == Some(',') && chars[o..i].iter().filter(|c| c.is_whitespace()).count() >= 2) => {
                out.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn is_speech(t: &Token) -> bool {
    t.kind == Kind::Word && lexicon::SPEECH_VERBS.contains(&t.lower().as_str())
}

fn is_pronoun(t: &Token) -> bool {
    matches!(t.lower().as_str(), "he" | "she" | "they")
}

/// Is the quoted text a title ("Japan-United States Framework for …")?
fn is_title(words: &[&str]) -> bool {
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

/// Find the attributed quotes of a sentence.
pub fn find(sentence: &str, t: &[Token], mentions: &[Mention]) -> Vec<QuoteMatch> {
    let chars: Vec<char> = sentence.chars().collect();
    let mut out = Vec::new();
    let all = match passages(&chars) {
        p if p.is_empty() => single_passages(&chars),
        p => p,
    };
    for &(open, close) in &all {
        let inner: String = chars[open + 1..close].iter().collect();
        let trimmed = inner.trim().trim_end_matches(',').trim_end();
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        if words.len() < 2 || is_title(&words) {
            continue;
        }
        let lead = inner.len() - inner.trim_start().len();
        let lead_chars = inner[..lead].chars().count() as u32;
        let start = open as u32 + 1 + lead_chars;
        let span = [start, start + trimmed.chars().count() as u32];
        let speaker = speaker_for(t, mentions, open as u32, close as u32, &all);
        let speaker = match speaker {
            Some(s) => s,
            None => {
                // A sentence that is nothing but this quote continues the previous speaker.
                let before = chars[..open].iter().all(|c| !c.is_alphanumeric());
                let after = chars[close + 1..].iter().all(|c| !c.is_alphanumeric());
                if before && after && words.len() >= 3 {
                    Speaker::Continuation
                } else {
                    continue;
                }
            }
        };
        out.push(QuoteMatch { quote: trimmed.to_string(), span, speaker });
    }
    out
}

fn mention_at(mentions: &[Mention], cstart: u32) -> Option<usize> {
    mentions.iter().position(|m| m.span[0] == cstart && m.kind != Some(crate::bundle::EntityKind::Element))
}

fn speaker_for(t: &[Token], mentions: &[Mention], open: u32, close: u32, all: &[(usize, usize)]) -> Option<Speaker> {
    let inside = |c: u32| all.iter().any(|&(o, cl)| c > o as u32 && c < cl as u32);
    // After the quote: ", Takaichi said", "she added", "said Ozaki", "according to X".
    let after: Vec<usize> = (0..t.len()).filter(|&i| t[i].cstart > close && !inside(t[i].cstart)).take(12).collect();
    let words: Vec<usize> = after.iter().copied().filter(|&i| t[i].kind == Kind::Word).collect();
    if let Some(&first) = words.first() {
        if is_pronoun(&t[first]) && words.get(1).is_some_and(|&i| is_speech(&t[i])) {
            return Some(Speaker::Pronoun);
        }
        if is_speech(&t[first]) || t[first].is("according") {
            // "said Prime Minister X": the first mention after the verb; a person
            // first ("said FNV negotiator Pieter Bakker").
            let from = t[first].cend;
            let near = |m: &Mention| m.span[0] > from && m.span[0] <= from + 60 && m.kind != Some(crate::bundle::EntityKind::Element) && !inside(m.span[0]);
            let person = mentions.iter().position(|m| near(m) && m.kind == Some(crate::bundle::EntityKind::Person));
            if let Some(k) = person.or_else(|| mentions.iter().position(near)) {
                return Some(Speaker::Mention(k));
            }
        }
        // "Takaichi said", "Japan's Deputy Chief Cabinet Secretary Masanao Ozaki said Monday"
        if let Some(verb) = words.iter().position(|&i| is_speech(&t[i])).filter(|&v| v <= 8) {
            let verb_at = t[words[verb]].cstart;
            let best = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.span[0] > close && m.span[1] <= verb_at && m.kind != Some(crate::bundle::EntityKind::Element))
                .max_by_key(|(_, m)| (m.kind == Some(crate::bundle::EntityKind::Person), m.span[1]));
            if let Some((k, _)) = best {
                return Some(Speaker::Mention(k));
            }
            if words[..verb].iter().any(|&i| is_pronoun(&t[i])) {
                return Some(Speaker::Pronoun);
            }
        }
    }
    // Before the quote: "Takaichi stated, “…”", "said X, adding “…”", "X told … that … “…”".
    let before: Vec<usize> = (0..t.len()).filter(|&i| t[i].cend <= open && !inside(t[i].cstart)).collect();
    // "X called the plan “a promise without a price tag”": words a speaker gives a name with.
    if let Some(&v) = before.iter().rev().take(5).find(|&&i| matches!(t[i].lower().as_str(), "called" | "dubbed" | "described" | "branded" | "labelled" | "labeled" | "termed")) {
        let at = t[v].cstart;
        let best = mentions.iter().enumerate().filter(|(_, m)| m.span[1] <= at && m.kind == Some(crate::bundle::EntityKind::Person)).max_by_key(|(_, m)| m.span[1]);
        if let Some((k, _)) = best {
            return Some(Speaker::Mention(k));
        }
    }
    let has_speech = before.iter().any(|&i| is_speech(&t[i]) || t[i].is("adding") || t[i].is("saying"));
    if has_speech {
        let speaking = mentions.iter().enumerate().filter(|(_, m)| m.span[1] <= open && m.speaks && m.kind != Some(crate::bundle::EntityKind::Element));
        if let Some((k, _)) = speaking.last() {
            return Some(Speaker::Mention(k));
        }
        // "said X, adding": a person right after a speech verb.
        for &i in before.iter().rev() {
            if is_speech(&t[i]) {
                if let Some(k) = mention_at(mentions, t.get(i + 1).map_or(u32::MAX, |x| x.cstart)) {
                    return Some(Speaker::Mention(k));
                }
            }
        }
        if before.iter().rev().take(4).any(|&i| is_pronoun(&t[i])) {
            return Some(Speaker::Pronoun);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::entities;
    use crate::compiler::tokens::tokenize;
    use rustc_hash::FxHashSet as HashSet;

    fn q(s: &str) -> Vec<(String, Option<String>, Speaker)> {
        let t = tokenize(s);
        let m = entities::find(&t, &HashSet::default());
        find(s, &t, &m)
            .into_iter()
            .map(|x| {
                let who = if let Speaker::Mention(k) = x.speaker { Some(m[k].text.clone()) } else { None };
                let kind = if matches!(x.speaker, Speaker::Mention(_)) { Speaker::Mention(0) } else { x.speaker };
                (x.quote, who, kind)
            })
            .collect()
    }

    #[test]
    fn attributions() {
        assert_eq!(q("“It is a first step toward industry in Japan,” Takaichi said.")[0].1.as_deref(), Some("Takaichi"));
        assert_eq!(q("“It is a first step toward industry in Japan,” Takaichi said.")[0].0, "It is a first step toward industry in Japan");
        assert_eq!(q("Ito stated, “It is important for both of us. We are considering ways”.")[0].1.as_deref(), Some("Ito"));
        assert_eq!(q("“A meaningful achievement for all,” Japan’s Deputy Chief Cabinet Secretary Masanao Ozaki said Monday.")[0].1.as_deref(), Some("Masanao Ozaki"));
        assert_eq!(q("The plan works, said Jane Roe, adding “we will expand it soon.”")[0].1.as_deref(), Some("Jane Roe"));
        assert_eq!(q("“We are ready to go,” she added.")[0].2, Speaker::Pronoun);
        assert_eq!(q("“We will make effort toward resilient supply chains.\"")[0].2, Speaker::Continuation);
    }

    #[test]
    fn single_quote_marks() {
        let v = q("'It is a disaster for exporters,' said Joana Lima, an economist.");
        assert_eq!((v[0].0.as_str(), v[0].1.as_deref()), ("It is a disaster for exporters", Some("Joana Lima")));
        assert_eq!(q("‘We will win the vote’, Ana Lopes said.")[0].1.as_deref(), Some("Ana Lopes"));
        // Apostrophes are not quote marks.
        assert!(q("The workers' union and Ana Lopes's team said it's over.").is_empty());
    }

    #[test]
    fn titles_and_scare_quotes_are_not_quotes() {
        assert!(q("They signed the \"Japan-United States Framework for Securing the Supply of Critical Minerals\" in October.").is_empty());
        assert!(q("It is a so-called \"grey zone\" tactic.").is_empty());
        let v = q("Takaichi told legislators that it could be a \"survival-threatening situation\" for Japan.");
        assert_eq!(v[0].1.as_deref(), Some("Takaichi"));
    }
}
