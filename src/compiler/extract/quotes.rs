//! Quotes: quoted words with an attribution ("…," Takaichi said; said X,
//! adding "…"; X stated, "…"; according to X), or a quote that continues the
//! previous sentence's quote.
//!
//! Two steps, each a table of named rules:
//! - passages: where quoted words are (double marks; single marks that are
//!   not apostrophes; a mark opened and not closed, which runs to the end of
//!   the paragraph), less titles and names in marks;
//! - [`SPEAKER_RULES`]: who said them, tried in order, the first that reads
//!   an attribution decides.

use super::entities::Mention;
use crate::bundle::EntityKind;
use crate::compiler::gazetteer::Gender;
use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token};

#[derive(Debug, Clone, PartialEq)]
pub enum Speaker {
    /// Index into the sentence's mentions.
    Mention(usize),
    /// "she said": the last person named before, of the pronoun's gender
    /// when it has one ("he", "she"; not "they", nor "the minister said").
    Pronoun(Option<Gender>),
    /// A sentence that is only a quote: the previous quote's speaker goes on.
    Continuation,
    /// "a doctor at the hospital said": said by someone the article does not name.
    Anonymous,
    /// "the company said", "the ministry said in a statement": a body named
    /// before, by the body noun ([`GENERIC_BODIES`], [`NAMED_BODIES`]) that stands for it.
    Body(&'static str),
    /// "a spokesperson for the state health department said": the body named
    /// before by the noun, or, when none is, someone the article does not name.
    Spokesperson(&'static str),
    /// "A: …" after "Q: …": the answer of the person an interview's lead-in names.
    Answer,
    /// "a Tessel spokesperson said": the body that the mention (an index into
    /// the sentence's mentions) names, when it is one in the end; else
    /// someone the article does not name ("a Trump spokesperson").
    SpokespersonOf(usize),
    /// "“…,” the spokesperson said": the body whose spokesperson the
    /// paragraph (or the one before) introduced ("A spokesperson for
    /// Meridian Exhibitions said …"); else someone the article does not name.
    ThatSpokesperson,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteMatch {
    pub quote: String,
    /// Character span of the quoted words (without the quote marks).
    pub span: [u32; 2],
    pub speaker: Speaker,
}

/// Can the character before a mark open a quotation there?
fn opens_after(before: Option<char>) -> bool {
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | ':' | '—' | '–'))
}

/// Quoted passages in double marks: (open, close) character indices of the
/// marks. A mark opened and never closed (a quotation that goes on into the
/// next paragraph: `Petrie said: "This government has not told Canadians…`)
/// runs to the end of the sentence, whose length then stands for its close.
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
    if let Some(o) = open {
        let before = o.checked_sub(1).map(|k| chars[k]);
        if opens_after(before) && chars.get(o + 1).is_some_and(|c| c.is_alphanumeric()) {
            out.push((o, chars.len()));
        }
    }
    out
}

/// A single mark that can open a quotation: at the start of a word, after a
/// space, a bracket or a colon ("said: 'We…"), never "’" (which closes).
fn single_opens(chars: &[char], i: usize) -> bool {
    chars[i] != '’'
        && opens_after(i.checked_sub(1).map(|k| chars[k]))
        && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
}

/// A single mark that closes a quotation for sure: after sentence
/// punctuation and before a space or the end ("disaster,' said"), or the
/// British "disaster', said" after a passage of three words or more.
fn single_closes(chars: &[char], o: usize, i: usize) -> bool {
    let before = chars[i - 1];
    let after = chars.get(i + 1).copied();
    chars[i] != '‘'
        && (matches!(before, ',' | '.' | '!' | '?') && after.is_none_or(char::is_whitespace)
            || before.is_alphabetic()
                && after == Some(',')
                && chars[o..i].iter().filter(|c| c.is_whitespace()).count() >= 2)
}

/// A single mark that may close a quotation, or may be a plural possessive:
/// after a letter, before a space or punctuation ("the case was 'one of the
/// most senseless' she had", "showed 'an appetite for running'.").
fn single_may_close(chars: &[char], i: usize) -> bool {
    chars[i] != '‘'
        && chars[i - 1].is_alphabetic()
        && chars.get(i + 1).is_none_or(|a| {
            a.is_whitespace() || matches!(a, '.' | ',' | ';' | ':' | '!' | '?' | ')')
        })
}

/// Quoted passages in single marks ('…,' said X; ‘…’), where an apostrophe
/// must not be taken for a mark ('He didn't…'). A passage closes at the first
/// sure close; failing one before the next opening, at the first mark that
/// may close; failing that, a passage opened at the start of the sentence or
/// after a colon runs to its end (a quotation that goes on into the next
/// paragraph).
fn single_passages(chars: &[char]) -> Vec<(usize, usize)> {
    let is_mark = |c: char| matches!(c, '\'' | '‘' | '’');
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_mark(chars[i]) || !single_opens(chars, i) {
            i += 1;
            continue;
        }
        let o = i;
        let mut maybe: Option<usize> = None;
        let mut close: Option<usize> = None;
        for j in o + 2..chars.len() {
            if !is_mark(chars[j]) {
                continue;
            }
            if single_closes(chars, o, j) {
                close = Some(j);
                break;
            }
            if single_opens(chars, j) {
                break;
            }
            if maybe.is_none() && single_may_close(chars, j) {
                maybe = Some(j);
            }
        }
        match close.or(maybe) {
            Some(c) => {
                out.push((o, c));
                i = c + 1;
            }
            None => {
                let at_start = chars[..o].iter().all(|c| !c.is_alphanumeric())
                    || chars[..o].iter().rev().find(|c| !c.is_whitespace()) == Some(&':');
                if at_start {
                    out.push((o, chars.len()));
                }
                break;
            }
        }
    }
    out
}

/// Quoted words that are a title or a name, not speech: "Japan-United
/// States Framework for …", the film "Glass Meridian", a nickname (Ramon
/// "Bong" Villacorta): mostly capitalized words and no sentence end.
fn is_title(words: &[&str]) -> bool {
    // "Livia Marchetti was La Scala": a verb in lower case makes a sentence of
    // capitalized names (titles capitalize theirs: "The Man Who Was Thursday").
    let verb = words
        .iter()
        .any(|w| lexicon::is_in(FINITE_AUXILIARIES, w.trim_end_matches([',', '.'])));
    // "Ask my manager, Priya Nandakumar": titles capitalize every word but the small ones.
    let small = |w: &str| {
        lexicon::is_in(
            &[
                "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
                "by", "with", "from", "as", "into", "over", "vs", "v",
            ],
            w,
        )
    };
    let plain_word = words.iter().any(|w| {
        let w = w.trim_end_matches([',', '.', '!', '?', ';', ':']);
        w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && !small(w)
    });
    if sentence_inside(words) || verb || plain_word && words.len() >= 3 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    let last = words.last().copied().unwrap_or("");
    words.len() >= 3 && caps * 10 >= words.len() * 6
        || words.len() <= 2 && caps == words.len() && !last.ends_with(['.', '!', '?', ','])
}

/// A sentence ends inside the quoted words ("Never. That was his job.",
/// "Focused on the club. Always."): a word of three letters or more (not an
/// abbreviation such as "Mr." or "St.") closes with a stop before a
/// capitalized word. Titles and names have none.
fn sentence_inside(words: &[&str]) -> bool {
    words.windows(2).any(|w| {
        let Some(body) = w[0].strip_suffix(['.', '!', '?']) else {
            return false;
        };
        let letters = body.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= 4
            || letters >= 3 && body.chars().all(char::is_lowercase)
            || !w[0].ends_with('.') && letters >= 1)
            && w[1].chars().next().is_some_and(char::is_uppercase)
    })
}

/// Words that put a term in marks rather than quote anyone ("the so-called
/// “grey zone”", "a drug known as “ice”", "the slogan “Build back better”").
const TERM_CUES: &[&str] = &[
    "so-called",
    "known as",
    "dubbed",
    "nicknamed",
    "the term",
    "the word",
    "the words",
    "the phrase",
    "the slogan",
    "the hashtag",
    "the label",
    "the name",
];

/// A term in marks: three words or fewer right after a cue of [`TERM_CUES`].
fn is_term(chars: &[char], open: usize, words: &[&str]) -> bool {
    if words.len() > 3 {
        return false;
    }
    let lead: String = chars[open.saturating_sub(24)..open]
        .iter()
        .collect::<String>()
        .to_lowercase();
    let lead = lead.trim_end();
    // "known locally as “ice”", "referred to as “the plan”": a word or two between "known" and "as".
    let known_as = lead.strip_suffix(" as").is_some_and(|rest| {
        rest.split_whitespace()
            .rev()
            .take(3)
            .any(|w| w == "known" || w == "referred")
    });
    known_as
        || TERM_CUES.iter().any(|c| {
            lead.ends_with(c)
                && lead[..lead.len() - c.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|b| !b.is_alphanumeric())
        })
}

/// Find the attributed quotes of a sentence.
pub fn find(sentence: &str, t: &[Token], mentions: &[Mention]) -> Vec<QuoteMatch> {
    let chars: Vec<char> = sentence.chars().collect();
    let mut out = Vec::new();
    let all = match passages(&chars) {
        p if p.is_empty() => single_passages(&chars),
        p => p,
    };
    let mut said_before: Option<Speaker> = None;
    for (k, &(open, close)) in all.iter().enumerate() {
        let inner: String = chars[open + 1..close].iter().collect();
        let trimmed = inner.trim().trim_end_matches(',').trim_end();
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        let one_word = words.len() == 1;
        if words.is_empty()
            || one_word && !judged_word(t, open as u32, words[0])
            || is_title(&words)
            || is_term(&chars, open, &words)
        {
            continue;
        }
        let lead = inner.len() - inner.trim_start().len();
        let lead_chars = inner[..lead].chars().count() as u32;
        let start = open as u32 + 1 + lead_chars;
        let span = [start, start + trimmed.chars().count() as u32];
        let a = Attribution {
            t,
            mentions,
            open: open as u32,
            close: close as u32,
            all: &all,
            prev_close: k.checked_sub(1).map(|p| all[p].1 as u32),
        };
        // "Featherstone told Parliament the economy had come through “…” but that the
        // government would not “…”": a later quote of the sentence with no speaker of
        // its own is the earlier one's.
        let speaker = SPEAKER_RULES
            .iter()
            .find_map(|(_, rule)| rule(&a))
            .or_else(|| said_before.clone());
        let speaker = match speaker {
            Some(s) => s,
            None => {
                // A sentence that is nothing but this quote continues the previous speaker.
                let before = chars[..open].iter().all(|c| !c.is_alphanumeric());
                let after = chars
                    .get(close + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .all(|c| !c.is_alphanumeric());
                if before && after && words.len() >= 3 && !one_word {
                    Speaker::Continuation
                } else {
                    continue;
                }
            }
        };
        said_before = Some(speaker.clone());
        out.push(QuoteMatch {
            quote: trimmed.to_string(),
            span,
            speaker,
        });
    }
    out
}

/// A quote of one word is a speaker's only after a verb of speech or one
/// that judges, and when it is a plain lower-case word: "called the strike
/// “disproportionate”", "said it would be cut “decisively”" (not "the
/// “Orbit” line", a name, nor "known as “ice”", a term).
fn judged_word(t: &[Token], open: u32, word: &str) -> bool {
    // "cut “decisively.”": the sentence's stop inside the marks.
    let word = word.trim_end_matches(['.', '!', '?', ';', ':', ',']);
    let plain = word.chars().next().is_some_and(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    plain
        && t.iter().take_while(|x| x.cend <= open).any(|x| {
            x.kind == Kind::Word && (is_speech(x) || lexicon::is_in(CHARACTERIZING_VERBS, x.text))
        })
}

/// What a speaker rule sees: the sentence's tokens and mentions, the quote
/// marks' positions, every passage of the sentence and the close of the one
/// before this.
pub struct Attribution<'a, 'b> {
    t: &'a [Token<'b>],
    mentions: &'a [Mention],
    open: u32,
    close: u32,
    all: &'a [(usize, usize)],
    prev_close: Option<u32>,
}

impl Attribution<'_, '_> {
    /// Is character `c` inside one of the sentence's passages?
    fn inside(&self, c: u32) -> bool {
        self.all
            .iter()
            .any(|&(o, cl)| c > o as u32 && c < cl as u32)
    }
    /// Word tokens after the quote (outside any passage), up to twelve
    /// tokens; none when a new clause starts there ("…", while Daglo said).
    fn words_after(&self) -> Vec<usize> {
        self.words_within(12)
    }
    /// Word tokens among the first `n` tokens after the quote, as [`Self::words_after`].
    fn words_within(&self, n: usize) -> Vec<usize> {
        let w: Vec<usize> = (0..self.t.len())
            .filter(|&i| self.t[i].cstart > self.close && !self.inside(self.t[i].cstart))
            .take(n)
            .filter(|&i| self.t[i].kind == Kind::Word)
            .collect();
        if w.first()
            .is_some_and(|&i| lexicon::is_in(NOT_ATTRIBUTION, self.t[i].text))
        {
            Vec::new()
        } else {
            w
        }
    }
    /// Tokens before the quote and after the one before it.
    fn before(&self) -> Vec<usize> {
        let from = self.prev_close.unwrap_or(0);
        (0..self.t.len())
            .filter(|&i| {
                self.t[i].cend <= self.open
                    && (self.prev_close.is_none() || self.t[i].cstart > from)
                    && !self.inside(self.t[i].cstart)
            })
            .collect()
    }
    /// The index of the token right after a mention.
    fn after(&self, m: &Mention) -> Option<usize> {
        self.t.iter().position(|x| x.cstart >= m.span[1])
    }
    /// Whether the token right after a mention is a comma.
    fn comma_after(&self, m: &Mention) -> bool {
        self.after(m).is_some_and(|j| self.t[j].text == ",")
    }
    fn is_person(&self, k: usize) -> bool {
        self.mentions[k].kind == Some(EntityKind::Person)
    }
    /// Mentions that can speak (not elements nor medicines' lower-case
    /// names, not a party tag), with their index.
    fn speakers(&self) -> impl Iterator<Item = (usize, &Mention)> {
        self.mentions.iter().enumerate().filter(|(_, m)| {
            m.kind != Some(EntityKind::Element)
                && m.text.chars().any(char::is_uppercase)
                && super::entities::party_tag(&m.text).is_none()
                && !demonym(&m.text)
        })
    }
}

/// "said a European delegate", "a Chilean official said": a place named by
/// its demonym describes a source; it does not speak.
fn demonym(text: &str) -> bool {
    !text.contains(' ')
        && (super::entities::is_demonym(&text.to_lowercase())
            || lexicon::CONTINENT_ADJECTIVES.contains(&text))
}

fn is_speech(t: &Token) -> bool {
    t.kind == Kind::Word && lexicon::is_in(lexicon::SPEECH_VERBS, t.text)
}

fn is_pronoun(t: &Token) -> bool {
    t.is("he") || t.is("she") || t.is("they")
}

/// The speaker a pronoun stands for, with the pronoun's gender.
fn pronoun(t: &Token) -> Speaker {
    Speaker::Pronoun(gender_of(t))
}

/// The gender a pronoun gives ("he", "his", "him"; "she", "her").
fn gender_of(t: &Token) -> Option<Gender> {
    if t.is("he") || t.is("his") || t.is("him") {
        Some(Gender::Male)
    } else if t.is("she") || t.is("her") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Verbs that put words in the subject's mouth as they judge something:
/// "Grewal called the conditions “as dangerous as anything”", "the union
/// accused the board of “pure theatre”", "she described it as “a betrayal”".
const CHARACTERIZING_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "blamed",
    "blames",
    "branded",
    "brands",
    "call",
    "called",
    "calls",
    "condemned",
    "criticised",
    "criticized",
    "denounced",
    "described",
    "describes",
    "dismissed",
    "dismisses",
    "dubbed",
    "hailed",
    "hails",
    "labeled",
    "labelled",
    "pledged",
    "praised",
    "promised",
    "slammed",
    "thanked",
    "vowed",
];

/// Token `i` is a verb that judges ([`CHARACTERIZING_VERBS`]) in the active
/// voice ("Johnson was accused of “…” by the committee" is the committee's
/// words), and not "called" naming what the quote holds ("a condition
/// called “locked-in syndrome”").
fn judging_verb(a: &Attribution, i: usize) -> bool {
    let passive = passive(a.t, i);
    let naming = a.t[i].is("called") && a.t.get(i + 1).is_some_and(|n| n.cstart >= a.open);
    a.t[i].kind == Kind::Word
        && lexicon::is_in(CHARACTERIZING_VERBS, a.t[i].text)
        && !passive
        && !naming
}

/// "The tribunal found that he bore “…”", "the report concluded that":
/// what a body or a document finds or rules, in its words: a verb of
/// [`FINDING_VERBS`] with "that", right after a body's or a document's noun.
fn finding(a: &Attribution, i: usize) -> bool {
    let noun = |x: &Token| body_noun(x).is_some() || noun_of(x, &[DOCUMENT_NOUNS]).is_some();
    // The noun heads the subject: "the", at most two words, the noun, and no preposition before
    // "the" ("The inspection of the hospital found that" is the inspectors').
    let heads = || {
        (2..=4).any(|n| {
            i >= n
                && lexicon::is_in(&["the", "its", "their", "a", "an"], a.t[i - n].text)
                && (i - n == 0 || !lexicon::is_in(super::words::PREPOSITIONS, a.t[i - n - 1].text))
        })
    };
    i >= 1
        && a.t[i].kind == Kind::Word
        && lexicon::is_in(FINDING_VERBS, a.t[i].text)
        && a.t.get(i + 1).is_some_and(|x| x.is("that"))
        && noun(&a.t[i - 1])
        && heads()
}

/// Verbs of a finding: see [`finding`].
const FINDING_VERBS: &[&str] = &["found", "finds", "concluded", "concludes", "ruled", "rules"];

/// Token `i` is a verb in the passive: a form of "be" right before it
/// ("was accused", "had not been told").
fn passive(t: &[Token], i: usize) -> bool {
    i > 0
        && lexicon::is_in(
            &["is", "was", "are", "were", "be", "been", "being"],
            t[i - 1].text,
        )
}

/// A speaker rule: who said a quote, if the rule reads an attribution.
type SpeakerRule = fn(&Attribution) -> Option<Speaker>;

/// The speaker rules, in order: the first that reads an attribution decides.
pub const SPEAKER_RULES: &[(&str, SpeakerRule)] = &[
    ("pronoun_after", pronoun_after),
    ("statement_from", statement_from),
    ("unnamed_source", unnamed_source),
    ("body_after", body_after),
    ("document_after", document_after),
    ("verb_then_name", verb_then_name),
    ("name_then_verb", name_then_verb),
    ("dash_then_name", dash_then_name),
    ("named_as", named_as),
    ("subject_before", subject_before),
    ("colon_or_dash_before", colon_or_dash_before),
];

/// "“…,” she said", "“…,” he added": a pronoun, then a speech verb.
fn pronoun_after(a: &Attribution) -> Option<Speaker> {
    let w = a.words_after();
    let first = w.first().map(|&i| &a.t[i]).filter(|t| is_pronoun(t))?;
    w.get(1)
        .is_some_and(|&i| is_speech(&a.t[i]))
        .then(|| pronoun(first))
}

/// "“…,” said Prime Minister X", "…, according to X": the first name after
/// the verb, a person first ("said FNV negotiator Pieter Bakker"), then a
/// full name of no known kind.
fn verb_then_name(a: &Attribution) -> Option<Speaker> {
    let &first = a.words_after().first()?;
    if !(is_speech(&a.t[first]) || a.t[first].is("according")) {
        return None;
    }
    let from = a.t[first].cend;
    let near = |m: &Mention| m.span[0] > from && m.span[0] <= from + 60 && !a.inside(m.span[0]);
    // "said Brandauer, of Red Bull-Bora-Hansgrohe": a name of no other kind right after the
    // verb, then a comma (not "said Pennine's chair, Fiona Ashworth").
    let next_word = a.words_after().get(1).map(|&i| a.t[i].cstart);
    let right_after = a
        .speakers()
        .find(|&(k, m)| {
            Some(m.span[0]) == next_word && (m.kind.is_none() || a.is_person(k)) && a.comma_after(m)
        })
        .map(|(k, _)| k);
    let person = right_after.or_else(|| {
        a.speakers()
            .find(|&(k, m)| near(m) && a.is_person(k))
            .map(|(k, _)| k)
    });
    // "said the head of the IMF, Kristalina Georgieva": a full name of no known kind before an organization.
    let full_name = || {
        a.speakers()
            .find(|(_, m)| near(m) && m.kind.is_none() && m.text.contains(' '))
            .map(|(k, _)| k)
    };
    person
        .or_else(full_name)
        .or_else(|| a.speakers().find(|(_, m)| near(m)).map(|(k, _)| k))
        .map(Speaker::Mention)
}

/// Finite auxiliaries and modals: in quoted capitalized words they make a
/// sentence, not a title ([`is_title`]); after the name that follows "said",
/// they make it the subject of what was said ("said Halden would reveal",
/// "said Chad had kept"), not a speaker.
const FINITE_AUXILIARIES: &[&str] = &[
    "would", "will", "could", "can", "should", "must", "might", "may", "had", "has", "have", "was",
    "were", "is", "are", "am", "did", "does", "do",
];

/// Words that open a description of someone, not a name: "a doctor", "the
/// source", "one official", "two residents".
const UNNAMED_OPENERS: &[&str] = &[
    "a", "an", "the", "one", "another", "two", "three", "several", "some", "other", "many",
];

/// People a reporter quotes without naming them: "officials said", "the
/// spokesman said", "sources told Reuters".
const SOURCE_NOUNS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "insider",
    "insiders",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "person",
    "people",
    "employee",
    "employees",
    // "relatives said" ("the crew member said": see [`source_head`]).
    "relative",
    "relatives",
];

/// Does the sentence's speaker open it as a spokesperson ("A spokeswoman
/// for Air Zermatt said", "The club's spokesman told reporters"): a noun of
/// [`spokes_noun`] before its first verb of speech? Then that noun's gender,
/// if it has one.
pub fn spokesperson_subject(t: &[Token]) -> Option<Option<Gender>> {
    let noun = t
        .iter()
        .take_while(|x| !is_speech(x))
        .find(|x| spokes_noun(x))?;
    Some(if noun.is("spokesman") {
        Some(Gender::Male)
    } else if noun.is("spokeswoman") {
        Some(Gender::Female)
    } else {
        None
    })
}

/// "spokesman", "spokeswoman", "spokesperson".
fn spokes_noun(t: &Token) -> bool {
    t.is("spokesman") || t.is("spokeswoman") || t.is("spokesperson")
}

/// Whether token `i` heads a description of an unnamed source: a source noun,
/// or "member" after a group's noun ("the crew member said", "a family member
/// said"; not "Hungary, an EU member, said").
fn source_head(a: &Attribution, i: usize) -> bool {
    lexicon::is_in(SOURCE_NOUNS, a.t[i].text)
        || (a.t[i].is("member") || a.t[i].is("members"))
            && i > 0
            && matches!(
                &*a.t[i - 1].lc(),
                "crew" | "team" | "family" | "staff" | "cabin" | "household" | "community"
            )
}

/// Words that tie a description to a place or body ("a doctor at the
/// hospital", "an official from the ministry").
const DESCRIPTION_LINKS: &[&str] = &[
    "at", "from", "of", "in", "with", "for", "close", "familiar", "on", "inside", "within", "near",
];

/// "a spokeswoman for Brightwater Air", "an HSE spokesperson", "the Harland
/// & Rowe spokesman" between characters `from` and `to`: a spokesperson of a body
/// named beside the noun speaks for it. A person's spokesperson stays an
/// unnamed source, as does one of a place ("a spokesman for Edinburgh").
fn spokesperson_of(a: &Attribution, from: u32, to: u32) -> Option<Speaker> {
    let toks: Vec<usize> = (0..a.t.len())
        .filter(|&i| a.t[i].cstart >= from && a.t[i].cend <= to)
        .collect();
    let s = toks.iter().position(|&i| spokes_noun(&a.t[i]))?;
    let body = |k: usize, m: &Mention| {
        // A person's shape, though not yet read as one ("Jane Roe's spokesman"); not a
        // body's word last ("the Cree Nation Government").
        let person_like = !m
            .text
            .split_whitespace()
            .last()
            .is_some_and(|w| super::entities::org_word(&w.to_lowercase()))
            && (2..=3).contains(&m.text.split_whitespace().count())
            && m.text
                .split_whitespace()
                .next()
                .is_some_and(crate::compiler::gazetteer::is_first_name);
        // (A place that is an institution has one: "a spokesperson for the National Theatre".)
        let place =
            m.kind == Some(EntityKind::Place) && !super::entities::institution_name(&m.text);
        !a.is_person(k)
            && !person_like
            && !place
            && m.kind != Some(EntityKind::Element)
            && !a.inside(m.span[0])
    };
    // "a spokeswoman for (the) Health Service Executive"
    let after = toks
        .get(s + 1)
        .filter(|&&i| a.t[i].is("for") || a.t[i].is("of") || a.t[i].is("at"))
        .and_then(|_| {
            let k = if toks.get(s + 2).is_some_and(|&i| a.t[i].is("the")) {
                s + 3
            } else {
                s + 2
            };
            toks.get(k).map(|&i| a.t[i].cstart)
        });
    if let Some(start) = after {
        if let Some((k, _)) = a
            .speakers()
            .find(|&(k, m)| m.span[0] == start && body(k, m))
        {
            return Some(Speaker::Mention(k));
        }
    }
    // "an HSE spokesperson", "the Harland & Rowe spokesman": an acronym, a
    // listed company or a name of several words ("a Trump spokesperson" is a
    // person's, and an unnamed source).
    let before = toks[..s].last().map(|&i| a.t[i].cend)?;
    // Right before the noun, or before its possessive ending ("Usdaw's").
    let name_end = |m: &Mention| {
        m.span[1] == before
            || possessive(&a.t[toks[s - 1]]) && m.span[1] < before && m.span[1] + 2 >= before
    };
    // (Or a body's own noun, capitalized as its short name: "a Commission
    // spokesperson".)
    let named_body = |m: &Mention| {
        m.text.contains(' ')
            || m.text.len() >= 2 && m.text.chars().all(|c| c.is_uppercase())
            || crate::compiler::gazetteer::company(&m.text).is_some()
            || short_name_head(&m.text.to_lowercase())
            // (Or one word read strongly as a body: "a Congress spokesperson".)
            || m.kind == Some(EntityKind::Organization) && m.strong
    };
    // (One word that is no dictionary's nor a first name may be a body the article names
    // elsewhere, "a Tessel spokesperson", or a person, "a Carney spokesperson": the kind the
    // name has in the end decides.)
    let maybe_body = |m: &Mention| {
        !m.text.contains(' ')
            && !crate::compiler::gazetteer::is_common_word(&m.text.to_lowercase())
            && !crate::compiler::gazetteer::is_first_name(&m.text)
    };
    let (k, m) = a.speakers().find(|&(k, m)| name_end(m) && body(k, m))?;
    if named_body(m) {
        Some(Speaker::Mention(k))
    } else {
        maybe_body(m).then_some(Speaker::SpokespersonOf(k))
    }
}

/// "a spokesperson for the state health department", "a spokeswoman for the
/// club": a spokesperson of a body the article named before, by its noun
/// (see [`the_body`]), speaks for that body.
fn spokesperson_of_the_body(a: &Attribution, words: &[usize]) -> Option<&'static str> {
    let s = words.iter().position(|&i| spokes_noun(&a.t[i]))?;
    // "A club spokeswoman said", "a ministry spokesman told": the body's noun before it.
    if let Some(noun) = s.checked_sub(1).and_then(|p| body_noun(&a.t[words[p]])) {
        return Some(noun);
    }
    let link = *words.get(s + 1)?;
    if !(a.t[link].is("for") || a.t[link].is("of") || a.t[link].is("at")) {
        return None;
    }
    the_body(a, &words[s + 2..])
}

/// "“…,” the source at El-Obeid Teaching Hospital said", "“…,” a doctor at
/// the clinic told AFP", "“…,” officials said", "“…,” said a senior
/// diplomat": someone described but not named (no person in the
/// description) is an anonymous source, not the place they work. "The" and
/// a description of someone named before ("the 34-year-old said", "said the
/// minister") stands for them, as a pronoun does; "the company said" is no
/// person, and no quote.
fn unnamed_source(a: &Attribution) -> Option<Speaker> {
    let w = a.words_within(20);
    let &first = w.first()?;
    // "said a senior diplomat": the description after the verb.
    let after_verb = is_speech(&a.t[first]);
    let d = if after_verb { &w[1..] } else { &w[..] };
    let &opener = d.first()?;
    let bare = lexicon::is_in(SOURCE_NOUNS, a.t[opener].text)
        && (after_verb || d.get(1).is_some_and(|&i| is_speech(&a.t[i])));
    let described = lexicon::is_in(UNNAMED_OPENERS, a.t[opener].text)
        && (d.get(1).is_some_and(|&i| {
            !a.t[i].is_capitalized() || demonym(a.t[i].text)
                // "a Mumbai-based dealer", "a Soviet-era official": a name and a
                // lower-case tail describe someone, not name them.
                || super::entities::hyphen_tail(a.t[i].text).is_some()
        }) || source_of_a_body(a, d, after_verb));
    if !bare && !described {
        return None;
    }
    let (end, description) = if after_verb {
        let n = d.len().min(10);
        (a.t[d[n - 1]].cend, &d[1..n])
    } else {
        let verb = d
            .iter()
            .position(|&i| is_speech(&a.t[i]))
            .filter(|&v| (1..=14).contains(&v))?;
        (a.t[d[verb]].cstart, &d[1..verb])
    };
    if let Some(speaker) = spokesperson_of(a, a.close, end) {
        return Some(speaker);
    }
    // A name in the description that may be a person's: the source is named.
    if a.speakers().any(|(k, m)| {
        m.span[0] > a.close
            && m.span[1] <= end
            && (a.is_person(k) || m.kind.is_none() && m.text.contains(' '))
    }) {
        return None;
    }
    let linked = description
        .iter()
        .any(|&i| lexicon::is_in(DESCRIPTION_LINKS, a.t[i].text));
    // "the spokesperson said": the one introduced before.
    if a.t[opener].is("the") && description.len() == 1 && spokes_noun(&a.t[description[0]]) {
        return Some(Speaker::ThatSpokesperson);
    }
    if a.t[opener].is("the") && !linked {
        // The description's head: the word before the verb, or any word after it.
        let heads: &[usize] = if after_verb {
            description
        } else {
            description.last().map(std::slice::from_ref).unwrap_or(&[])
        };
        let aged =
            a.t.iter()
                .any(|x| x.cstart > a.close && x.cstart < end && x.text.ends_with("year-old"));
        return if heads.iter().any(|&i| source_head(a, i)) {
            Some(Speaker::Anonymous)
        } else if aged
            || heads.iter().any(|&i| is_role(&a.t[i]))
            // "the Briton said", "the Dutchman said": someone named before, by nationality.
            // (One word: "said the German carmaker" is a body's.)
            || description.len() == 1 && a.t[description[0]].is_capitalized() && demonym(a.t[description[0]].text)
        {
            Some(Speaker::Pronoun(None))
        } else {
            None
        };
    }
    Some(Speaker::Anonymous)
}

/// "a Honda spokesperson said", "said an EU official": after the opener,
/// capitalized words (the body they speak for) and then a source noun, the
/// head of the description (before the verb, or after it).
fn source_of_a_body(a: &Attribution, d: &[usize], after_verb: bool) -> bool {
    let words = if after_verb {
        &d[1..d.len().min(5)]
    } else {
        match d.iter().position(|&i| is_speech(&a.t[i])) {
            Some(v) if (2..=5).contains(&v) => &d[1..v],
            _ => return false,
        }
    };
    let Some(head) = words
        .iter()
        .position(|&i| lexicon::is_in(SOURCE_NOUNS, a.t[i].text))
    else {
        return false;
    };
    head >= 1
        && (after_verb || head + 1 == words.len())
        && words[..head].iter().all(|&i| a.t[i].is_capitalized())
}

/// "“…,” Takaichi said", "“…,” Japan's Deputy Chief Cabinet Secretary
/// Masanao Ozaki said Monday": a name before a speech verb (a person first,
/// then the nearest to the verb); a pronoun there ("“…,” Brennan's team and
/// she said") reads as one.
fn name_then_verb(a: &Attribution) -> Option<Speaker> {
    let w = a.words_within(24);
    // "“…,” Keiko Matsuda, a currency strategist at Tsubaki Bank in Tokyo, wrote": a name,
    // then its description between commas, then the verb.
    // ("“…,” co-author Thomas Aeschbach, a climate physicist at …, said": a role in lower
    // case may come first.)
    let described = |v: usize| {
        let verb_tok = w[v];
        let opens = |m: &Mention| {
            (0..v.min(3)).any(|k| {
                m.span[0] == a.t[w[k]].cstart
                    && w[..k].iter().all(|&i| {
                        // ("“…,” Dr. Helen Marchetti, director of …, said": a title may too.)
                        lexicon::is_in(lexicon::PERSON_TITLES, a.t[i].text)
                            || !a.t[i].is_capitalized()
                                && (is_role(&a.t[i]) || a.t[i].text.contains('-'))
                                && !lexicon::is_in(super::words::PREPOSITIONS, a.t[i].text)
                    })
            })
        };
        verb_tok >= 1
            && a.t[verb_tok - 1].text == ","
            && a.speakers().any(|(_, m)| opens(m) && a.comma_after(m))
    };
    let verb = w
        .iter()
        .position(|&i| is_speech(&a.t[i]))
        .filter(|&v| v <= 8 || title_chain(a, &w[..v]) || described(v))?;
    let verb_at = a.t[w[verb]].cstart;
    let before_verb = || {
        a.speakers()
            .filter(|(_, m)| m.span[0] > a.close && m.span[1] <= verb_at)
    };
    // "“…,” Roe, the Leeds MP, said": the name before an apposition, not a name inside it.
    let appositive = before_verb()
        .min_by_key(|(_, m)| m.span[0])
        .filter(|&(k, m)| {
            let j = a.after(m);
            (a.is_person(k) || m.kind.is_none())
                && j.is_some_and(|j| {
                    a.t[j].text == ","
                        && a.t.get(j + 1).is_some_and(|x| {
                            lexicon::is_in(
                                &["the", "a", "an", "its", "his", "her", "their"],
                                x.text,
                            )
                        })
                })
        });
    if let Some((k, _)) =
        appositive.filter(|&(k, _)| !before_verb().any(|(j, _)| j != k && a.is_person(j)))
    {
        return Some(Speaker::Mention(k));
    }
    let best = before_verb().max_by_key(|&(k, m)| (a.is_person(k), m.span[1]));
    if let Some((k, _)) = best {
        return Some(Speaker::Mention(first_of_pair(a, k)));
    }
    w[..verb]
        .iter()
        .map(|&i| &a.t[i])
        .find(|t| is_pronoun(t))
        .map(pronoun)
}

/// "“It's the third fire this month,” — Sophie Ortal, mayor of Lagrasse": a
/// dash after the quote, then the speaker's name (a person, or a full name
/// of no known kind).
fn dash_then_name(a: &Attribution) -> Option<Speaker> {
    let next =
        a.t.iter()
            .filter(|x| x.cstart > a.close && !matches!(x.text, "," | "." | "\"" | "”" | "'" | "’"))
            .take(2)
            .collect::<Vec<_>>();
    let dash = next
        .first()
        .filter(|x| matches!(x.text, "—" | "–" | "-" | "--"))?;
    let name = next.get(1)?;
    let (k, _) = a.speakers().find(|&(k, m)| {
        m.span[0] == name.cstart
            && m.span[0] > dash.cstart
            && (a.is_person(k) || m.kind.is_none() && m.text.contains(' '))
    })?;
    Some(Speaker::Mention(k))
}

/// Nouns for what someone said, after their possessor ("Verbeek's message
/// to passengers was short — “…”", "Her reply: “…”").
const SPEECH_NOUNS: &[&str] = &[
    "message",
    "words",
    "reply",
    "answer",
    "response",
    "reaction",
    "advice",
    "verdict",
    "statement",
    "comment",
    "comments",
    "view",
    "warning",
    "plea",
    "promise",
    "explanation",
    "assessment",
    "argument",
    "point",
    "retort",
    "conclusion",
];

/// "Analyst Tobias Wendt of Berenberg was unconvinced: “…”", "Verbeek's
/// message to passengers was short — “…”", "She was blunt: “…”": a quote
/// opened right after a colon or a dash, with no speech verb before it; the
/// clause before names its speaker — the first person of it, and a
/// possessor only before a noun of speech — or opens with a pronoun.
fn colon_or_dash_before(a: &Attribution) -> Option<Speaker> {
    let before = a.before();
    let &last = before.last()?;
    if !matches!(a.t[last].text, ":" | "—" | "–") || a.t[last].cend + 2 < a.open {
        return None;
    }
    let from = before
        .iter()
        .rposition(|&i| matches!(a.t[i].text, "." | ";" | "?" | "!"))
        .map_or(0, |p| a.t[before[p]].cend)
        .max(a.prev_close.unwrap_or(0));
    let speech_noun_after = |m: &Mention| {
        a.t.iter()
            .position(|x| {
                x.cstart >= m.span[1]
                    && x.kind == Kind::Word
                    && !matches!(x.text, "'s" | "’s" | "s")
            })
            .is_some_and(|j| lexicon::is_in(SPEECH_NOUNS, a.t[j].text))
    };
    let possessor = |m: &Mention| {
        a.t.iter().any(|x| {
            x.cstart < m.span[1]
                && x.cend > m.span[1]
                && (x.text.ends_with("'s") || x.text.ends_with("’s"))
        }) || a
            .t
            .iter()
            .any(|x| x.cstart == m.span[1] && matches!(x.text, "'s" | "’s"))
    };
    // A lone name of no known kind before a noun of speech is someone's ("Verbeek's message").
    let person = a.speakers().find(|&(k, m)| {
        m.span[0] >= from
            && m.span[1] <= a.t[last].cstart
            && (a.is_person(k) && !possessor(m)
                || (a.is_person(k) || m.kind.is_none()) && possessor(m) && speech_noun_after(m))
    });
    if let Some((k, _)) = person {
        return Some(Speaker::Mention(k));
    }
    let mut words = before
        .iter()
        .copied()
        .filter(|&i| a.t[i].cstart >= from && a.t[i].kind == Kind::Word);
    let first = words.next()?;
    // (Not words the subject shows or is asked, nor words from another: "Brexit had a
    // simple slogan: “…”", "Larrinaga was asked what comes next: “…”", "His comments drew
    // a response from the ministry: “…”".)
    let shown = before.iter().any(|&i| {
        a.t[i].cstart >= from
            && matches!(
                a.t[i].lc().as_ref(),
                "asked"
                    | "from"
                    | "by"
                    | "slogan"
                    | "motto"
                    | "sign"
                    | "signs"
                    | "tagline"
                    | "headline"
                    | "caption"
                    | "label"
                    | "read"
                    | "reads"
                    | "title"
                    | "banner"
                    | "question"
            )
    });
    if shown {
        return is_pronoun(&a.t[first]).then(|| pronoun(&a.t[first]));
    }
    // "Larrinaga was blunt about what comes next: “…”": a name of no known kind that
    // opens the clause is its subject (not a place's: "Grindavík was quiet: “…”").
    let subject = a.speakers().find(|&(_, m)| {
        m.span[0] == a.t[first].cstart
            && matches!(m.kind, None | Some(EntityKind::Person))
            && !possessor(m)
    });
    if let Some((k, _)) = subject {
        return Some(Speaker::Mention(k));
    }
    // "Her message to residents was blunt: “…”": a pronoun's noun of speech.
    let second = words.next();
    if matches!(a.t[first].lc().as_ref(), "his" | "her" | "their")
        && second.is_some_and(|j| lexicon::is_in(SPEECH_NOUNS, a.t[j].text))
    {
        return Some(pronoun(&a.t[first]));
    }
    is_pronoun(&a.t[first]).then(|| pronoun(&a.t[first]))
}

/// Who speaks in a sentence with no quote of its own that leads into one
/// ("De Jong told NOS that more strikes were possible:", "In a 2015
/// interview she said:"), or who is said to speak in it ("A juror, who asked
/// not to be named, said deliberations took two days"): the speaker rules
/// read as if a quotation opened at the sentence's end.
pub fn lead_in_speaker(sentence: &str, t: &[Token], mentions: &[Mention]) -> Option<Speaker> {
    let end = sentence.chars().count() as u32;
    let all = [];
    let a = Attribution {
        t,
        mentions,
        open: end,
        close: end,
        all: &all,
        prev_close: None,
    };
    subject_before(&a).or_else(|| colon_or_dash_before(&a))
}

/// "X called the plan “a promise without a price tag”": words a speaker
/// gives a name with, and the person before them.
fn named_as(a: &Attribution) -> Option<Speaker> {
    let before = a.before();
    let &v = before.iter().rev().take(5).find(|&&i| {
        matches!(
            a.t[i].lc().as_ref(),
            "called" | "dubbed" | "described" | "branded" | "labelled" | "labeled" | "termed"
        )
    })?;
    let at = a.t[v].cstart;
    let person = a
        .speakers()
        .filter(|&(k, m)| m.span[1] <= at && a.is_person(k))
        .max_by_key(|(_, m)| m.span[1])
        .map(|(k, _)| Speaker::Mention(k));
    // "Consumer group Idec called the recall “late but necessary”": a body named right before the verb.
    let adjacent = v.checked_sub(1).map(|p| a.t[p].cend);
    person.or_else(|| {
        a.speakers()
            .find(|(_, m)| Some(m.span[1]) == adjacent && m.kind == Some(EntityKind::Organization))
            .map(|(k, _)| Speaker::Mention(k))
    })
}

/// Words of a long title and name before a speech verb ("Los Angeles County
/// Fire Department Battalion Chief Carla Reyes said"): up to sixteen, all
/// capitalized but for connectors ("of", "for", "the", "and") and two more.
fn title_chain(a: &Attribution, words: &[usize]) -> bool {
    let lower = words
        .iter()
        .filter(|&&i| {
            !a.t[i].is_capitalized()
                && !lexicon::is_in(&["of", "for", "the", "and", "de", "la"], a.t[i].text)
        })
        .count();
    words.len() <= 16 && lower <= 2
}

/// Speech verbs whose object is who listens, not who speaks ("told Sky News").
const ADDRESS_VERBS: &[&str] = &[
    "told", "tells", "asked", "asks", "urged", "urges", "warned", "warns", "assured", "reminded",
];

/// Words after a comma that start a new clause with its own subject ("X
/// said A, while Y said “…”").
const CLAUSE_OPENERS: &[&str] = &["while", "whereas", "but", "and", "although", "though"];

/// Words right after a quote that start another clause, not its attribution
/// ("…", while Daglo said; "…" as Smith spoke).
const NOT_ATTRIBUTION: &[&str] = &[
    "while", "whereas", "but", "and", "although", "though", "as", "when", "because", "after",
    "before", "since", "if", "which", "who", "that",
];

/// A name followed by an age between commas ("Arriaga, 61, told reporters")
/// is a person's, whatever else the name may be.
fn aged(a: &Attribution, m: &Mention) -> bool {
    a.after(m)
        .is_some_and(|j| super::words::age_between_commas(a.t, j))
}

/// The subject words of a speech verb describe someone without naming them:
/// a source noun heads them ("the developer's spokeswoman", "a Honda
/// spokesperson"), an indefinite description opens them ("a spokesperson for
/// the province of Utrecht", "a juror, a retired teacher who asked not to be
/// named"), or someone's role ends them after a possessive ("Pryce's
/// attorney", "the mayor's chief of staff").
fn described_source(a: &Attribution, words: &[usize]) -> bool {
    let Some(&last) = words.last() else {
        return false;
    };
    let head = source_head(a, last);
    let indefinite = words
        .first()
        .is_some_and(|&i| lexicon::is_in(UNNAMED_OPENERS, a.t[i].text) && !a.t[i].is("the"))
        && words.get(1).is_some_and(|&i| !a.t[i].is_capitalized());
    let role = |i: usize| {
        lexicon::is_in(lexicon::PERSON_TITLES, a.t[i].text)
            || lexicon::is_in(lexicon::ROLE_TITLES, a.t[i].text)
    };
    let possessed = words.len() >= 2 && role(last) && !a.t[last].is_capitalized() && {
        let before = a.t[words[words.len() - 2]].text;
        before.ends_with("'s")
            || before.ends_with("’s")
            || before.ends_with("s'")
            || before.ends_with("s’")
    };
    head || indefinite || possessed || asks_anonymity(a, words)
}

/// Words that say a source is not named ("who asked not to be named",
/// "who declined to be identified", "speaking on condition of anonymity").
fn asks_anonymity(a: &Attribution, words: &[usize]) -> bool {
    words.iter().enumerate().any(|(k, &i)| {
        a.t[i].is("anonymity")
            || (a.t[i].is("named") || a.t[i].is("identified"))
                && k >= 1
                && a.t[words[k - 1]].is("be")
                && words[k.saturating_sub(4)..k]
                    .iter()
                    .any(|&j| a.t[j].is("not") || a.t[j].is("declined") || a.t[j].is("refused"))
    })
}

/// The subject of a speech verb before the quote: "Marc-André Gagnon, chief
/// economist at Desjardins Group, said: “…”", "Brossard said the council
/// settled on “a measured pace”", "said X, adding “…”", "she said “…”",
/// "according to council member Ray Delgado, “…”". The verb's clause runs
/// back to the previous quote, a semicolon or a comma before while/but; in
/// it, a person right before the verb, else the first person named (before
/// an apposition that may name an employer) who is not a possessor ("Roe's
/// spokesman"), else a person right after a speech verb, else any name right
/// before the verb, else a name opening the clause that is of no known kind,
/// has a who-clause ("Delgado, who voted against, said") or an age
/// ("Arriaga, 61, told reporters"), else an unnamed
/// source ("the developer's spokeswoman said", "a doctor at the clinic
/// said"), else a pronoun.
fn subject_before(a: &Attribution) -> Option<Speaker> {
    let before = a.before();
    // "As Jane Roe put it, “…”": "put it" says it too.
    let put_it = |i: usize| a.t[i].is("put") && a.t.get(i + 1).is_some_and(|x| x.is("it"));
    // (Not a passive: "Smith had not been told" says nothing.)
    let says = |i: usize| {
        is_speech(&a.t[i]) && !passive(a.t, i)
            || judging_verb(a, i)
            || a.t[i].is("adding")
            || a.t[i].is("saying")
            || a.t[i].is("telling")
            || a.t[i].is("according")
            || put_it(i)
    };
    // (A finding only when nothing says it, "She said the court ruled that …" is hers, or
    // what says it is in a clause before a comma: "While the airline said it had followed
    // procedures, the board concluded that …".)
    let speech = before.iter().rposition(|&i| says(i));
    let found = before.iter().rposition(|&i| finding(a, i));
    let mut v = match (speech, found) {
        (Some(sp), Some(f)) if f > sp && before[sp..f].iter().any(|&i| a.t[i].text == ",") => f,
        (Some(sp), _) => sp,
        (None, f) => f?,
    };
    // "X said Chad would keep the border open, but called on others to “…”": a verb right
    // after ", but" or ", and" has the subject of the speech verb before it.
    while v >= 2
        && lexicon::is_in(&["but", "and"], a.t[before[v - 1]].text)
        && a.t[before[v - 1]].kind == Kind::Word
        && before[v - 1] >= 1
        && a.t[before[v - 1] - 1].text == ","
    {
        match before[..v - 1].iter().rposition(|&i| says(i)) {
            Some(w) => v = w,
            None => break,
        }
    }
    let verb = &a.t[before[v]];
    if verb.is("according") {
        let named = || {
            a.speakers()
                .filter(|(_, m)| m.span[0] > verb.cend && m.span[1] <= a.open)
        };
        let person =
            named().find(|&(k, m)| a.is_person(k) || m.kind.is_none() && m.text.contains(' '));
        return person
            .or_else(|| named().next())
            .map(|(k, _)| Speaker::Mention(k));
    }
    let start = before[..v]
        .iter()
        .rposition(|&i| {
            a.t[i].text == ";"
                || a.t[i].text == ","
                    && a.t
                        .get(i + 1)
                        .is_some_and(|n| lexicon::is_in(CLAUSE_OPENERS, n.text))
        })
        .map_or(0, |p| a.t[before[p]].cend);
    let from = start.max(a.prev_close.unwrap_or(0));
    // "she said the plan was “…”": a pronoun right before the verb.
    if v > 0 && is_pronoun(&a.t[before[v - 1]]) {
        return Some(pronoun(&a.t[before[v - 1]]));
    }
    // "It called the strike “political”": "it" opening the sentence, the body that spoke before.
    if v == 1 && before[0] == 0 && a.t[0].is("it") {
        return Some(Speaker::Body("it"));
    }
    let possessor = |m: &Mention| {
        a.t.iter().any(|x| {
            x.cstart < m.span[1]
                && x.cend > m.span[1]
                && (x.text.ends_with("'s") || x.text.ends_with("’s"))
        })
    };
    let clause = || {
        a.speakers()
            .filter(|(_, m)| m.span[0] >= from && m.span[1] <= verb.cstart)
    };
    if let Some((k, _)) = clause().filter(|&(k, m)| a.is_person(k) && m.speaks).last() {
        return Some(Speaker::Mention(first_of_pair(a, k)));
    }
    if let Some((k, _)) = clause().find(|&(k, m)| a.is_person(k) && !possessor(m)) {
        return Some(Speaker::Mention(k));
    }
    // "said X, adding": a person right after a speech verb (not after "told", whose object
    // listens, nor "said Chad would keep the border open", the subject of what was said).
    let reported_subject = |m: &Mention| {
        a.after(m)
            .is_some_and(|j| lexicon::is_in(FINITE_AUXILIARIES, a.t[j].text))
    };
    for &i in before.iter().rev() {
        if is_speech(&a.t[i]) && !lexicon::is_in(ADDRESS_VERBS, a.t[i].text) {
            let next = a.t.get(i + 1).map_or(u32::MAX, |x| x.cstart);
            if let Some((k, _)) = a
                .speakers()
                .find(|(_, m)| m.span[0] == next && !reported_subject(m))
            {
                return Some(Speaker::Mention(k));
            }
        }
    }
    if let Some(speaker) = coordinated_subject(a, &before, v, from) {
        return Some(speaker);
    }
    let words: Vec<usize> = before[..v]
        .iter()
        .copied()
        .filter(|&i| a.t[i].cstart >= from && a.t[i].kind != Kind::Punct)
        .collect();
    // "A statement from Jane Roe's office said:", "Roe's office said": hers.
    if let Some(k) = voice_of(a, &words) {
        return Some(Speaker::Mention(k));
    }
    if let Some(speaker) = spokesperson_of(a, from, verb.cstart) {
        return Some(speaker);
    }
    // "A spokesperson for the state health department said": the body named before by its noun.
    if let Some(noun) = spokesperson_of_the_body(a, &words) {
        return Some(Speaker::Spokesperson(noun));
    }
    // "The employers' association, KAV Niedersachsen, called the strike “…”", "One of the
    // firms, Carpatic Infra, said": a name between commas right before the verb names the subject, whatever
    // describes it before ("One of the firms" alone is a source not named).
    let vi = before[v];
    if vi >= 2 && a.t[vi - 1].text == "," {
        // ("Its insurer, Bergen-based Hordafjord P&I, said": a compound that says where or
        // whose the body is may stand between the comma and the name.)
        let between_commas = |m: &Mention| {
            let mut prev = a.t.iter().rev().filter(|x| x.cend <= m.span[0]);
            a.t[vi - 2].cend == m.span[1]
                && match prev.next() {
                    Some(x) if x.text == "," => true,
                    Some(x) => {
                        super::entities::hyphen_tail(x.text).is_some()
                            && prev.next().is_some_and(|x| x.text == ",")
                    }
                    None => false,
                }
        };
        // (Not a place: "An official in Lagos, Nigeria, said" names no speaker.)
        if let Some((k, _)) = clause()
            .find(|(_, m)| between_commas(m) && m.kind != Some(crate::bundle::EntityKind::Place))
        {
            return Some(Speaker::Mention(k));
        }
    }
    // "A spokesperson for the province of Utrecht said", "Pryce's attorney said only:": described, not named.
    // (Not a noun that ends a clause about a name opening the subject: "Volkswagen Group
    // Africa, whose plant … employs about 3,800 people, said".)
    let name_with_clause = vi >= 1
        && a.t[vi - 1].text == ","
        && words.first().is_some_and(|&i| {
            a.t[i].is_capitalized()
                && !lexicon::is_in(UNNAMED_OPENERS, a.t[i].text)
                && a.speakers().any(|(_, m)| m.span[0] == a.t[i].cstart)
        })
        && words
            .iter()
            .any(|&i| a.t[i].is("who") || a.t[i].is("whose") || a.t[i].is("which"));
    if described_source(a, &words) && !(name_with_clause && !asks_anonymity(a, &words)) {
        return Some(Speaker::Anonymous);
    }
    if let Some((k, _)) = clause().filter(|(_, m)| m.speaks).last() {
        return Some(Speaker::Mention(k));
    }
    // "Prabowo, 74, said through an interpreter that …", "Delgado, who voted against the plan, said",
    // "The Industry Association, whose members include …, said": a name opening the clause (after
    // "the"), of no known kind, with a who- or whose-clause or a participle, or joined by "and"
    // to another subject.
    let opening = if words.first().is_some_and(|&i| a.t[i].is("the")) {
        words.get(1)
    } else {
        words.first()
    };
    if let Some(&i) = opening {
        // "Holt, speaking to reporters, said": a participle opens the clause like "who".
        let participle = |x: &Token| {
            x.kind == Kind::Word
                && !x.is_capitalized()
                && x.text.len() > 5
                && x.text.ends_with("ing")
        };
        let who = |m: &Mention| {
            a.after(m).is_some_and(|j| {
                a.t[j].text == ","
                    && a.t
                        .get(j + 1)
                        .is_some_and(|x| x.is("who") || x.is("whose") || participle(x))
            })
        };
        // "The Royal College of Nursing and the hospital group said in a joint statement": the first named.
        let joined = |m: &Mention| a.after(m).is_some_and(|j| a.t[j].is("and"));
        // "The FNV, the largest Dutch trade union, called the plan “…”": the name, then
        // what it is between commas, right before the verb.
        let apposed = |m: &Mention| {
            vi >= 1
                && a.t[vi - 1].text == ","
                && a.after(m).is_some_and(|j| {
                    a.t[j].text == ","
                        && j + 1 < vi - 1
                        && a.t[j + 1].kind == Kind::Word
                        && lexicon::is_in(&["the", "a", "an", "its", "their"], a.t[j + 1].text)
                })
        };
        if let Some((k, _)) = a.speakers().find(|(_, m)| {
            m.span[0] == a.t[i].cstart
                && (m.kind.is_none() || who(m) || aged(a, m) || joined(m) || apposed(m))
        }) {
            return Some(Speaker::Mention(k));
        }
    }
    // "The company said in a statement: “…”", "the minister said, “…”", "In a statement, the
    // hospital group said:": a body or a person named before, the subject after any comma.
    let subject = words
        .iter()
        .rposition(|&i| a.t[i].is("the") && (i == 0 || a.t[i - 1].text == ","))
        .map_or(&words[..], |p| &words[p..]);
    let subject = subject_before_clause(a, subject, vi).unwrap_or(subject);
    if let Some(noun) = the_body(a, subject) {
        return Some(Speaker::Body(noun));
    }
    // "The prospectus said the company expected a profit “by March 2028”", "The report found
    // that …": a document's words are its issuer's.
    if let Some(noun) = the_document(a, subject) {
        return Some(Speaker::Body(noun));
    }
    // "In a statement, the White House blamed … and said the economy remained “…”": a body
    // named first in the subject, after "the".
    let opener = subject.iter().position(|&i| !a.t[i].is("the"));
    if let Some(&i) = opener.filter(|&p| p <= 1).map(|p| &subject[p]) {
        if let Some((k, _)) = a
            .speakers()
            .find(|(_, m)| m.span[0] == a.t[i].cstart && m.kind == Some(EntityKind::Organization))
        {
            return Some(Speaker::Mention(k));
        }
    }
    if the_role(a, subject) {
        return Some(Speaker::Pronoun(None));
    }
    before
        .iter()
        .rev()
        .take(4)
        .map(|&i| &a.t[i])
        .find(|t| is_pronoun(t))
        .map(pronoun)
}

/// "Kenji Morikawa … bowed to party workers and said the result was “…”",
/// "It raised its forecast and said costs would grow “…”": the speech verb
/// joined by "and" (no comma) to a verb in the past whose subject opens the
/// clause: a name right before that verb (of any kind but a place, the last
/// such of the clause), or "It" opening the sentence (the body that spoke before).
fn coordinated_subject(a: &Attribution, before: &[usize], v: usize, from: u32) -> Option<Speaker> {
    let and = *before.get(v.checked_sub(1)?)?;
    if !a.t[and].is("and") || and == 0 || a.t[and - 1].text == "," {
        return None;
    }
    let past = |j: usize| {
        a.t.get(j).is_some_and(|x| {
            x.kind == Kind::Word
                && !x.is_capitalized()
                && (super::words::verbish(x) && !x.text.ends_with("ing")
                    || lexicon::is_in(super::words::PAST_FORMS, x.text))
        })
    };
    // (Not a subject after a verb of the clause, "Officers found Reyes had died and said …",
    // nor in a clause of its own, "After Boeing delayed deliveries, the airline cut … and
    // said", nor after a preposition, "Nurses at Kaiser Permanente walked out and said".)
    let no_verb_before = |m: &Mention| {
        !(0..a.t.len()).any(|j| a.t[j].cstart >= from && a.t[j].cend <= m.span[0] && past(j))
    };
    let no_comma_after = |m: &Mention| {
        !a.t[..and]
            .iter()
            .any(|x| x.cstart >= m.span[1] && x.text == ",")
    };
    let preposition_before = |m: &Mention| {
        a.t.iter()
            .rposition(|x| x.cend <= m.span[0])
            .is_some_and(|j| lexicon::is_in(super::words::PREPOSITIONS, a.t[j].text))
    };
    let subject = a
        .speakers()
        .filter(|(_, m)| {
            m.span[0] >= from
                && m.span[1] <= a.t[and].cstart
                && m.kind != Some(EntityKind::Place)
                && a.after(m).is_some_and(past)
                && no_verb_before(m)
                && no_comma_after(m)
                && !preposition_before(m)
        })
        .last();
    if let Some((mut k, _)) = subject {
        // ("Microsoft and OpenAI announced the deal and said", "Amazon, Google and Microsoft
        // pledged … and said": the first of the list; none after a preposition, "Workers at Ford
        // and General Motors walked off the job and said".)
        while let Some(j) = a.t.iter().rposition(|x| x.cend <= a.mentions[k].span[0]) {
            let joined = j >= 1 && (a.t[j].is("and") || a.t[j].text == ",");
            match a
                .speakers()
                .find(|(_, p)| joined && p.span[1] == a.t[j - 1].cend)
            {
                Some((f, _)) => k = f,
                None => break,
            }
        }
        let m = &a.mentions[k];
        return (!preposition_before(m) && m.kind != Some(EntityKind::Place))
            .then_some(Speaker::Mention(k));
    }
    // "It raised its forecast and said": "It", its verb, and no comma or clause of its own
    // before "and" ("It came as Acme cut 500 jobs and said", "It was not until Friday that …").
    // ("that" only after "It is" or "It was": "It denied that it had misled investors and
    // said" is the body's.)
    let cleft = a.t.get(1).is_some_and(|x| x.is("is") || x.is("was"));
    let plain = a.t.get(2..and).is_some_and(|between| {
        between.iter().all(|x| {
            x.text != ","
                && !(cleft && x.is("that"))
                && !lexicon::is_in(
                    &[
                        "as", "when", "after", "because", "while", "until", "since", "if",
                        "before", "once",
                    ],
                    x.text,
                )
        })
    });
    (a.t[0].is("it") && past(1) && from == 0 && plain).then_some(Speaker::Body("it"))
}

/// "The trust, which employs about 7,400 staff, said": the subject's words
/// before a who-, whose- or which-clause between commas that ends right
/// before the verb (token `vi`).
fn subject_before_clause<'w>(
    a: &Attribution,
    words: &'w [usize],
    vi: usize,
) -> Option<&'w [usize]> {
    if vi == 0 || a.t[vi - 1].text != "," {
        return None;
    }
    let p = words.iter().position(|&i| {
        i >= 1
            && a.t[i - 1].text == ","
            && (a.t[i].is("which") || a.t[i].is("who") || a.t[i].is("whose"))
    })?;
    (p >= 2).then(|| &words[..p])
}

/// A role that stands for someone named before ("the minister", "the negotiator").
fn is_role(t: &Token) -> bool {
    !t.is_capitalized()
        && (lexicon::is_in(lexicon::PERSON_TITLES, t.text)
            || lexicon::is_in(lexicon::ROLE_TITLES, t.text))
}

/// Possessives do not end a description of a body or a role ("the company's
/// chief executive" is a person, not the company).
fn possessive(t: &Token) -> bool {
    t.text.ends_with("'s")
        || t.text.ends_with("’s")
        || t.text.ends_with("s'")
        || t.text.ends_with("s’")
}

/// Nouns by which an article refers back to a body it has named ("the
/// company said", "the ministry said in a statement"): [`GENERIC_BODIES`]
/// and [`NAMED_BODIES`]. Bodies, not people: their words are the body's.
///
/// The generic ones stand for the last body named in the paragraph or the
/// one before, even when its name does not hold the noun ("Vitalis halted
/// production. … the company said").
pub const GENERIC_BODIES: &[&str] = &[
    "company",
    "firm",
    "group",
    "business",
    "club",
    "team",
    "airline",
    "carrier",
    "operator",
    "maker",
    "manufacturer",
    "carmaker",
    "automaker",
    "retailer",
    "lender",
    "bank",
    "insurer",
    "label",
    "studio",
    "developer",
    "broadcaster",
    "network",
    "publisher",
    "charity",
    "organisation",
    "organization",
    "supplier",
    "chain",
    "startup",
    "start-up",
    "utility",
    "miner",
    "union",
    "federation",
    "confederation",
    "consortium",
    "cooperative",
    "co-operative",
    "association",
    "regulator",
    "agency",
    "watchdog",
    "league",
    "party",
    "alliance",
    "coalition",
    "foundation",
    "fund",
    // A sport's or a contest's officials, for the body that appoints them:
    // "the FIA stewards … “…,” the stewards said".
    "stewards",
    "organisers",
    "organizers",
];

/// Bodies usually named with their noun ("Ministry of Health", "the
/// ministry"): such a noun stands only for a body whose name holds it, since
/// a ministry, a court or the police often go unnamed. The public offices
/// among them are [`PUBLIC_OFFICES`].
pub const NAMED_BODIES: &[&str] = &[
    "coastguard",
    // "the trust": a hospital trust or a charity, named with the word.
    "trust",
    "committee",
    "court",
    "government",
    "embassy",
    "secretariat",
    "university",
    "institute",
    "service",
    "hospital",
    "school",
    "museum",
    "tribunal",
    "parliament",
    "assembly",
    "senate",
    "police",
    "army",
    "navy",
];

/// Offices of the state, named with their noun like [`NAMED_BODIES`]
/// ("Financial Conduct Authority", "the authority"); a regulator is one.
pub const PUBLIC_OFFICES: &[&str] = &[
    "ministry",
    "department",
    "authority",
    "commission",
    "council",
    "board",
    "office",
    "bureau",
];

/// A public body's own noun that writers capitalize as its short name
/// ("the Commission", "the Court", "a Council spokesperson"): the
/// [`PUBLIC_OFFICES`] but "office", and the courts, tribunals, agencies and
/// committees. Not a company's word ("Group") nor one that names several
/// bodies at once ("Government", "Union", "Parliament", "Centre").
pub fn short_name_head(lc: &str) -> bool {
    lc != "office" && PUBLIC_OFFICES.contains(&lc)
        || matches!(lc, "court" | "tribunal" | "agency" | "committee")
}

/// A study's authors as a group ("“…,” the authors wrote", "the researchers
/// said"): they speak for the one who leads them (`resolve`'s `body_speaker`).
pub const STUDY_AUTHORS: &[&str] = &["authors", "researchers", "scientists"];

/// The body noun ([`GENERIC_BODIES`], [`NAMED_BODIES`], [`PUBLIC_OFFICES`],
/// [`STUDY_AUTHORS`]) a token is, if any.
fn body_noun(t: &Token) -> Option<&'static str> {
    noun_of(
        t,
        &[GENERIC_BODIES, NAMED_BODIES, PUBLIC_OFFICES, STUDY_AUTHORS],
    )
}

/// The noun of these lists a token is, if any; capitalized inside a
/// sentence, a noun ends a name ("the U.S. Geological Survey", "the
/// European Commission") and is none of them.
fn noun_of(t: &Token, lists: &[&[&'static str]]) -> Option<&'static str> {
    if t.kind != Kind::Word || t.is_capitalized() && t.cstart > 0 {
        return None;
    }
    let lc = t.lc();
    lists
        .iter()
        .flat_map(|l| l.iter())
        .copied()
        .find(|n| *n == &*lc)
}

/// "the company", "the English club", "the state-owned firm": "the", at
/// most two words that describe (no possessive, no verb) and a noun of
/// [`GENERIC_BODIES`] and [`NAMED_BODIES`] last. A noun of [`NAMED_BODIES`]
/// after a capitalized word ("the Libyan coastguard", "the French
/// government") is that nation's, which may not be the one named before.
fn the_body(a: &Attribution, words: &[usize]) -> Option<&'static str> {
    let noun = the_noun(a, words, body_noun)?;
    let nation = words.len() > 2
        && words[1..words.len() - 1]
            .iter()
            .any(|&i| a.t[i].is_capitalized());
    (!(nation && NAMED_BODIES.contains(&noun))).then_some(noun)
}

/// "the report", "the final communique", "the 40-page ruling": "the", at
/// most two words that describe and a noun of [`DOCUMENT_NOUNS`] last.
fn the_document(a: &Attribution, words: &[usize]) -> Option<&'static str> {
    the_noun(a, words, |t| noun_of(t, &[DOCUMENT_NOUNS]))
}

/// "the", at most two words that describe (no possessive, no verb) and a
/// noun that `noun` reads last.
fn the_noun(
    a: &Attribution,
    words: &[usize],
    noun: fn(&Token) -> Option<&'static str>,
) -> Option<&'static str> {
    let (&first, rest) = words.split_first()?;
    let (&last, mid) = rest.split_last()?;
    if !a.t[first].is("the")
        || mid.len() > 2
        || mid
            .iter()
            .any(|&i| possessive(&a.t[i]) || is_speech(&a.t[i]))
    {
        return None;
    }
    noun(&a.t[last])
}

/// Documents whose words are their issuer's: "“…,” the report said", "the
/// communique said", "the decision said". The issuer is found where the
/// document was introduced (see `resolve`'s `document_issuer`).
pub const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "communique",
    "communiqué",
    "statement",
    "decision",
    "ruling",
    "judgment",
    "judgement",
    "review",
    "audit",
    "study",
    "declaration",
    "filing",
    "letter",
    "document",
    // "the budget documents say": the plural of the one noun that is a document only.
    "documents",
    "memo",
    "order",
    "survey",
    "assessment",
    "notice",
    "complaint",
    "indictment",
    "lawsuit",
    "bulletin",
    "resolution",
    // "the prospectus said": an offer's document; a court's "affidavit", a "petition".
    "prospectus",
    "affidavit",
    "petition",
    // "the draft said", "the minutes said", "the proposal said".
    "draft",
    "minutes",
    "proposal",
    "agreement",
    "guidance",
    "guidelines",
];

/// "the minister", "the lead negotiator": "the", at most two words that
/// describe and a role, which stands for the person named before with it.
fn the_role(a: &Attribution, words: &[usize]) -> bool {
    let Some((&first, rest)) = words.split_first() else {
        return false;
    };
    let Some((&last, mid)) = rest.split_last() else {
        return false;
    };
    a.t[first].is("the")
        && mid.len() <= 2
        && !mid
            .iter()
            .any(|&i| possessive(&a.t[i]) || is_speech(&a.t[i]))
        && is_role(&a.t[last])
        && !lexicon::is_in(SOURCE_NOUNS, a.t[last].text)
}

/// "“…,” the company said in a statement", "“…,” said the ministry", "“…,”
/// the English club said": a body the article named before, by its noun
/// (see [`GENERIC_BODIES`], [`NAMED_BODIES`]; resolved against the article's bodies).
fn body_after(a: &Attribution) -> Option<Speaker> {
    noun_said(a, the_body)
}

/// "“…,” the report said", "“…,” said the communique": a document the
/// article introduced before, whose words are its issuer's.
fn document_after(a: &Attribution) -> Option<Speaker> {
    noun_said(a, the_document)
}

/// "“…,” the NOUN said", "“…,” said the NOUN", with the noun phrase that
/// `the_noun` reads.
fn noun_said(
    a: &Attribution,
    the_noun: fn(&Attribution, &[usize]) -> Option<&'static str>,
) -> Option<Speaker> {
    let w = a.words_within(10);
    let &first = w.first()?;
    if is_speech(&a.t[first]) {
        // "said the company", not "said the company's founder" nor "said the company spokesman".
        let d = &w[1..];
        return (2..=4.min(d.len()))
            .find_map(|n| {
                let ends = d.get(n).is_none_or(|&i| {
                    !(is_role(&a.t[i])
                        || lexicon::is_in(SOURCE_NOUNS, a.t[i].text)
                        || body_noun(&a.t[i]).is_some())
                });
                the_noun(a, &d[..n]).filter(|_| ends)
            })
            .map(Speaker::Body);
    }
    let v = w
        .iter()
        .position(|&i| is_speech(&a.t[i]))
        .filter(|v| (2..=4).contains(v))?;
    the_noun(a, &w[..v]).map(Speaker::Body)
}

/// Nouns of a written statement whose words are those of whom it is from.
const STATEMENT_NOUNS: &[&str] = &["statement", "letter", "message", "release", "note"];

/// Words that may stand before a statement's noun ("reads a joint statement",
/// "according to a written statement", "said a press release").
const STATEMENT_LEAD: &[&str] = &[
    "reads",
    "read",
    "according",
    "to",
    "a",
    "an",
    "the",
    "in",
    "joint",
    "written",
    "short",
    "brief",
    "press",
    "separate",
];

/// "“…,” reads a statement from Environment Minister Jane Roe's office",
/// "“…,” a statement issued by her office said", "“…,” according to a
/// statement from the ministry": the words are those of whom the statement
/// is from — the first person named after "from" or "by", else the first
/// body, else "her" or "his" there.
fn statement_from(a: &Attribution) -> Option<Speaker> {
    let w = a.words_within(16);
    let s = w
        .iter()
        .take(5)
        .position(|&i| lexicon::is_in(STATEMENT_NOUNS, a.t[i].text))?;
    if !w[..s]
        .iter()
        .all(|&i| lexicon::is_in(STATEMENT_LEAD, a.t[i].text) || is_speech(&a.t[i]))
    {
        return None;
    }
    let rest = &w[s + 1..];
    let by = rest
        .iter()
        .take(3)
        .position(|&i| a.t[i].is("from") || a.t[i].is("by"))?;
    let from = a.t[rest[by]].cend;
    let near = |m: &Mention| m.span[0] > from && m.span[0] <= from + 60 && !a.inside(m.span[0]);
    let person = a.speakers().find(|&(k, m)| near(m) && a.is_person(k));
    if let Some((k, _)) = person.or_else(|| a.speakers().find(|(_, m)| near(m))) {
        return Some(Speaker::Mention(k));
    }
    rest.get(by + 1)
        .map(|&i| &a.t[i])
        .filter(|t| t.is("her") || t.is("his"))
        .map(pronoun)
}

/// Words after a person's possessive whose words are the person's own ("Jane
/// Roe's office said", "a statement from Roe's campaign").
const OFFICE_NOUNS: &[&str] = &["office", "campaign", "camp", "statement"];

/// The subject of a speech verb is a person's voice: their office or
/// campaign ("Jane Roe's office said", "A statement from Minister Jane Roe's
/// office said:"), or a statement from or by them ("A statement from Jane
/// Roe said:"). A spokesperson is not (see [`described_source`]).
fn voice_of(a: &Attribution, words: &[usize]) -> Option<usize> {
    let (&first, &last) = (words.first()?, words.last()?);
    let span = a.t[first].cstart..a.t[last].cend;
    let inside = |m: &Mention| span.contains(&m.span[0]);
    let next_word = |m: &Mention| {
        a.t.iter().find(|x| {
            x.cstart >= m.span[1] && x.kind == Kind::Word && !matches!(x.text, "'s" | "’s" | "s")
        })
    };
    let office = a.speakers().find(|&(k, m)| {
        inside(m)
            && a.is_person(k)
            && next_word(m)
                .is_some_and(|x| x.cend <= a.t[last].cend && lexicon::is_in(OFFICE_NOUNS, x.text))
            && {
                a.t.iter()
                    .any(|x| x.cstart < m.span[1] + 3 && x.cend >= m.span[1] && possessive(x))
                    || a.t
                        .iter()
                        .any(|x| x.cstart == m.span[1] && matches!(x.text, "'s" | "’s"))
            }
    });
    if let Some((k, _)) = office {
        return Some(k);
    }
    let s = words
        .iter()
        .position(|&i| lexicon::is_in(STATEMENT_NOUNS, a.t[i].text))?;
    let by = words[s + 1..]
        .iter()
        .take(3)
        .position(|&i| a.t[i].is("from") || a.t[i].is("by"))?;
    let from = a.t[words[s + 1 + by]].cend;
    a.speakers()
        .find(|&(k, m)| inside(m) && m.span[0] > from && a.is_person(k))
        .map(|(k, _)| k)
}

/// "Paula Nunes and hotel association president Vasco Reis said in a joint
/// statement": people joined by "and" into one subject speak together; the
/// first named stands for them.
fn first_of_pair(a: &Attribution, k: usize) -> usize {
    let m = &a.mentions[k];
    let prev = a
        .speakers()
        .filter(|&(j, p)| j != k && a.is_person(j) && p.span[1] < m.span[0])
        .max_by_key(|(_, p)| p.span[1]);
    let Some((j, p)) = prev else { return k };
    let mut between =
        a.t.iter()
            .filter(|x| x.cstart >= p.span[1] && x.cend <= m.span[0]);
    let joined = between.next().is_some_and(|x| x.is("and"))
        && between.clone().count() <= 5
        && between.all(|x| x.kind == Kind::Word && !is_speech(x) && !possessive(x));
    if joined { j } else { k }
}

/// An interview's answer, in the question-and-answer form ("Q: Will there be
/// an offer? ¶ A: That is a question for them."): the words after "A:", one
/// quotation however many sentences it holds. Whether a question came before
/// is for the segmenter to know (`segment::Interview::Answer`).
pub fn answer(sentence: &str) -> Option<QuoteMatch> {
    let rest = sentence.strip_prefix("A:")?;
    let words = rest.trim();
    if words.split_whitespace().count() < 2 {
        return None;
    }
    let start = 2 + rest.chars().take_while(|c| c.is_whitespace()).count() as u32;
    Some(QuoteMatch {
        quote: words.to_string(),
        span: [start, start + words.chars().count() as u32],
        speaker: Speaker::Answer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::entities;
    use crate::compiler::tokens::tokenize;
    use rustc_hash::FxHashSet as HashSet;

    /// Each quote of a sentence: its words, and who said them (the name of
    /// the mention, "<pronoun>", "<continuation>" or "<anonymous>").
    fn q(s: &str) -> Vec<(String, String)> {
        let t = tokenize(s);
        let m = entities::find(&t, &HashSet::default());
        find(s, &t, &m)
            .into_iter()
            .map(|x| {
                let who = match x.speaker {
                    Speaker::Mention(k) => m[k].text.clone(),
                    Speaker::Pronoun(_) => "<pronoun>".into(),
                    Speaker::Continuation => "<continuation>".into(),
                    Speaker::Anonymous => "<anonymous>".into(),
                    Speaker::Body(n) => format!("<body {n}>"),
                    Speaker::Spokesperson(n) => format!("<spokesperson {n}>"),
                    Speaker::Answer => "<answer>".into(),
                    Speaker::SpokespersonOf(k) => format!("<spokesperson of {}>", m[k].text),
                    Speaker::ThatSpokesperson => "<that spokesperson>".into(),
                };
                (x.quote, who)
            })
            .collect()
    }

    /// The speaker of the sentence's first quote, or "" when it has none.
    fn who(s: &str) -> String {
        q(s).into_iter().next().map(|x| x.1).unwrap_or_default()
    }

    /// One table for the speaker rules: the rule, a sentence, and who said
    /// its first quote.
    #[test]
    fn speaker_rules() {
        let cases: &[(&str, &str, &str)] = &[
            // A body named first in the subject after "the", with a judging verb.
            (
                "subject_before",
                "In a statement, the White House blamed the central bank for keeping rates \"too high for far too long\" and said the economy remained \"fundamentally strong.\"",
                "White House",
            ),
            // "it" opening the sentence: the body that spoke before.
            (
                "subject_before",
                "It called the strike \"political\" and said teachers would not be paid.",
                "<body it>",
            ),
            // "telling" says it too.
            (
                "subject_before",
                "Colin Reyes spent five hours on the stand, telling a judge that the fee paid for a platform that \"made streaming as easy as changing the channel.\"",
                "Colin Reyes",
            ),
            // A speech verb joined by "and" to the verb of a name opening the clause.
            (
                "subject_before",
                "Speaking at party headquarters shortly after midnight, a tired-looking Morikawa bowed to party workers and said the result was \"a strict judgement\" on his party.",
                "Morikawa",
            ),
            // … or to the verb of "It" opening the sentence.
            (
                "subject_before",
                "It raised its forecast and said expenses would grow \"meaningfully faster\" next year.",
                "<body it>",
            ),
            // Of a pair joined by "and", the first; not a name after a preposition, nor after a
            // subordinator ("It came as …").
            (
                "subject_before",
                "Microsoft and OpenAI announced the deal and said it would \"change everything for developers\".",
                "Microsoft",
            ),
            (
                "subject_before",
                "Nurses at Kaiser Permanente walked out and said conditions were \"unsafe for patients\".",
                "",
            ),
            (
                "subject_before",
                "It came as Acme cut 500 jobs and said the plan was \"painful but necessary\".",
                "",
            ),
            (
                "subject_before",
                "Workers at Ford and General Motors walked off the job and said conditions were \"unbearable\".",
                "",
            ),
            (
                "subject_before",
                "Amazon, Google and Microsoft pledged new money and said the fund was \"only a start\".",
                "Amazon",
            ),
            (
                "subject_before",
                "It denied that it had misled investors and said it would \"vigorously defend\" itself.",
                "<body it>",
            ),
            (
                "subject_before",
                "It apologised and said the delay was \"unacceptable\".",
                "<body it>",
            ),
            (
                "subject_before",
                "It was not until Friday that the ministry admitted the error and said it was \"deeply sorry\".",
                "",
            ),
            // (No panic on "and" right at the start.)
            (
                "subject_before",
                "... and said the plan was \"dead on arrival\".",
                "",
            ),
            // A place that is no institution's building has no spokesperson.
            (
                "subject_before",
                "A spokesman for West Bank settlers said the road was \"a lifeline\".",
                "<anonymous>",
            ),
            // A verb of speech in the passive says nothing.
            (
                "subject_before",
                "Jane Roe was told the plan was \"unworkable and costly\".",
                "",
            ),
            // Not a name after a verb of the clause: it is the object's clause.
            (
                "subject_before",
                "Officers found Reyes had died and said the death was \"unexplained and suspicious\".",
                "",
            ),
            // The subject before a which-clause between commas.
            (
                "subject_before",
                "The trust, which employs about 7,400 staff, said restoring its systems could take \"at least two weeks\".",
                "<body trust>",
            ),
            // What a body finds "that", in its words; not what researchers find.
            (
                "subject_before",
                "The tribunal found that he bore \"no significant fault or negligence\".",
                "<body tribunal>",
            ),
            (
                "subject_before",
                "Researchers found that patients were \"far less likely\" to relapse.",
                "",
            ),
            // A finding after a verb of speech is the speaker's; one of a body after a
            // preposition is no body's.
            (
                "subject_before",
                "She said the court ruled that the search was \"unlawful and invasive\".",
                "<pronoun>",
            ),
            (
                "subject_before",
                "The inspection of the hospital found that staff were \"badly overstretched\".",
                "",
            ),
            (
                "subject_before",
                "While the airline said it had followed procedures, the board concluded that pilots were \"inadequately trained\".",
                "<body board>",
            ),
            // A document as the subject: its issuer's words.
            (
                "subject_before",
                "The prospectus said the company expected a first profit \"by March 2028 at the latest\".",
                "<body prospectus>",
            ),
            (
                "body_after",
                "\"Growers need cash before the letters from the bank arrive,\" the confederation said.",
                "<body confederation>",
            ),
            // The verb after a name's acronym in parentheses.
            (
                "subject_before",
                "The Spanish Cycling Federation (RFEC) said it \"respected\" the ruling.",
                "Spanish Cycling Federation",
            ),
            (
                "pronoun_after",
                "“We are ready to go,” she added.",
                "<pronoun>",
            ),
            (
                "pronoun_after",
                "'He didn't show a flicker of remorse,' she said.",
                "<pronoun>",
            ),
            (
                "verb_then_name",
                "“It is a disaster for exporters,” said Joana Lima, an economist at Banco Atlântico.",
                "Joana Lima",
            ),
            (
                "verb_then_name",
                "\"The market was braced for it,\" said Rebecca Tolland, head of strategy at Saxo Bank in Copenhagen.",
                "Rebecca Tolland",
            ),
            (
                "name_then_verb",
                "\"Higher-for-longer is back,\" Keiko Matsuda, a currency strategist at Tsubaki Bank in Tokyo, wrote in a note to clients.",
                "Keiko Matsuda",
            ),
            (
                "name_then_verb",
                "\"The approval gives patients an option,\" Dr. Helen Marchetti, director of the Office of Immunology and Inflammation in the FDA's Center for Drug Evaluation and Research, said in a statement.",
                "Helen Marchetti",
            ),
            (
                "verb_then_name",
                "\"It was a good day, but it is not finished,\" said Brandauer, of Red Bull-Bora-Hansgrohe.",
                "Brandauer",
            ),
            (
                "verb_then_name",
                "'This is a fair price,' said Pennine's chair, Fiona Ashworth.",
                "Fiona Ashworth",
            ),
            // A demonym describes the source; it does not speak.
            (
                "unnamed_source",
                "\"We gave up a sentence to keep everyone in the room,\" said a European delegate who asked not to be named.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"The shells fell on the market,\" the source at El-Obeid Teaching Hospital said, requesting anonymity.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"We have no more beds,\" a doctor at Al-Shifa Hospital told reporters.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"Buyers are waiting,\" a broker at one of the largest firms in Mombasa said, asking not to be named.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"We are ready,\" the minister, Jane Roe, said.",
                "Jane Roe",
            ),
            (
                "unnamed_source",
                "\"The talks are over,\" officials said on Monday.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"Retail demand is very weak,\" said a Mumbai-based dealer with a private bank.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"He said we could get there before the storm,\" the crew member said.",
                "<anonymous>",
            ),
            (
                "name_then_verb",
                "Volkswagen Group Africa, whose plant employs about 3,800 people, said it was \"closely monitoring\" the situation.",
                "Volkswagen Group Africa",
            ),
            (
                "name_then_verb",
                "Hungary, an EU member, said it would block the \"unacceptable\" package.",
                "Hungary",
            ),
            (
                "name_then_verb",
                "\"There is very little doubt left,\" co-author Thomas Aeschbach, a climate physicist at the University of Bern, said in a statement released with the paper.",
                "Thomas Aeschbach",
            ),
            // (The one introduced before, if any: unnamed otherwise; see `resolve`.)
            (
                "unnamed_source",
                "\"The talks are over,\" the spokesman said.",
                "<that spokesperson>",
            ),
            (
                "unnamed_source",
                "\"I never gave up,\" the 34-year-old said.",
                "<pronoun>",
            ),
            (
                "unnamed_source",
                "\"I never gave up,\" the striker told reporters.",
                "<pronoun>",
            ),
            (
                "body_after",
                "\"Sales will recover,\" the company said in a statement.",
                "<body company>",
            ),
            (
                "document_after",
                "\"The minister was informed late,\" the report said.",
                "<body report>",
            ),
            (
                "document_after",
                "\"It was deliberate,\" said the 40-page review.",
                "<body review>",
            ),
            (
                "document_after",
                "\"Growth has proven resilient,\" the final communique said.",
                "<body communique>",
            ),
            (
                "document_after",
                "\"Tariffs are the most significant risk,\" the budget documents say.",
                "<body documents>",
            ),
            // A capitalized noun ends a name: the body's.
            (
                "name_then_verb",
                "\"The shaking was strong,\" the U.S. Geological Survey said.",
                "U.S. Geological Survey",
            ),
            (
                "body_after",
                "\"We have made our final offer,\" the English club said in a statement.",
                "<body club>",
            ),
            (
                "body_after",
                "\"These claims are absurd,\" said the ministry.",
                "<body ministry>",
            ),
            (
                "body_after",
                "\"We are cooperating,\" said the company spokesman.",
                "<anonymous>",
            ),
            (
                "body_after",
                "\"We are cooperating,\" the company's chief executive said.",
                "<pronoun>",
            ),
            (
                "unnamed_source",
                "\"Our islands cannot wait,\" the negotiator said.",
                "<pronoun>",
            ),
            (
                "statement_from",
                "\"This is a disaster,\" reads a statement from Environment Minister Jane Roe's office.",
                "Jane Roe",
            ),
            (
                "statement_from",
                "\"We are heartbroken,\" said a statement issued by her office.",
                "<pronoun>",
            ),
            (
                "statement_from",
                "\"We will appeal,\" according to a statement from the European Commission.",
                "European Commission",
            ),
            (
                "subject_before",
                "The ministry said in a statement: \"We reject these claims.\"",
                "<body ministry>",
            ),
            (
                "subject_before",
                "In a statement, the hospital group said: \"Patient safety remains our priority.\"",
                "<body group>",
            ),
            (
                "subject_before",
                "The head of the company said: \"We will recover.\"",
                "",
            ),
            (
                "subject_before",
                "The Royal College of Nursing and the hospital group said in a joint statement: \"Talks will resume next week.\"",
                "Royal College of Nursing",
            ),
            (
                "subject_before",
                "At the hearing, the minister said: \"It is fair.\"",
                "<pronoun>",
            ),
            (
                "subject_before",
                "Marek Lis, speaking to reporters outside the court, said: \"This is the biggest case in our history.\"",
                "Marek Lis",
            ),
            (
                "subject_before",
                "A NATO official, who asked not to be named, said the alliance was \"following the matter closely\".",
                "<anonymous>",
            ),
            (
                "subject_before",
                "A statement from Prime Minister Jane Roe's office said: \"We stand by our ally.\"",
                "Jane Roe",
            ),
            (
                "subject_before",
                "Jane Roe's office said the claims were \"absurd and insulting\".",
                "Jane Roe",
            ),
            (
                "subject_before",
                "Tourism board chief Paula Nunes and hotel association president Vasco Reis said in a joint statement: \"Every cancelled flight hurts.\"",
                "Paula Nunes",
            ),
            (
                "name_then_verb",
                "\"We stand together,\" Jane Roe and John Doe said.",
                "Jane Roe",
            ),
            (
                "unnamed_source",
                "\"There is no deal yet,\" said a senior Western diplomat in Brussels.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"There is no deal yet,\" said a doctor at Al-Shifa Hospital.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"There is no deal yet,\" said the head of the IMF, Kristalina Georgieva.",
                "Kristalina Georgieva",
            ),
            (
                "unnamed_source",
                "\"There is no deal yet,\" said officials familiar with the talks.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "\"We deeply apologize,\" a Honda spokesperson said.",
                "Honda",
            ),
            (
                "unnamed_source",
                "\"We deeply apologize,\" said a Honda spokesperson in Tokyo.",
                "Honda",
            ),
            (
                "unnamed_source",
                "\"We accept the mandate,\" a Congress spokesperson said.",
                "Congress",
            ),
            (
                "unnamed_source",
                "\"The talks are over,\" an EU official told reporters.",
                "<anonymous>",
            ),
            (
                "unnamed_source",
                "'It was chaos. The card machines went down,' said a pharmacist in Parramatta, who did not want to be named.",
                "<anonymous>",
            ),
            (
                "name_then_verb",
                "“It is a first step toward industry in Japan,” Takaichi said.",
                "Takaichi",
            ),
            (
                "name_then_verb",
                "\"It was a wall of flame,\" Los Angeles County Fire Department Battalion Chief Carla Reyes said at a briefing.",
                "Carla Reyes",
            ),
            (
                "name_then_verb",
                "\"How many more lives will it take?\" party spokesperson Ritu Chaudhary wrote on X.",
                "Ritu Chaudhary",
            ),
            (
                "name_then_verb",
                "“A meaningful achievement for all,” Japan’s Deputy Chief Cabinet Secretary Masanao Ozaki said Monday.",
                "Masanao Ozaki",
            ),
            (
                "named_as",
                "Opposition leader Maria Souza called the budget “a promise without a price tag” on Monday.",
                "Maria Souza",
            ),
            (
                "named_as",
                "Consumer group Idec called the recall \"late but necessary\".",
                "Idec",
            ),
            (
                "subject_before",
                "Ito stated, “It is important for both of us. We are considering ways”.",
                "Ito",
            ),
            (
                "subject_before",
                "The plan works, said Jane Roe, adding “we will expand it soon.”",
                "Jane Roe",
            ),
            (
                "subject_before",
                "Marc-André Gagnon, chief economist at Desjardins Group in Montreal, said: \"The bank has opened the door to another cut.\"",
                "Marc-André Gagnon",
            ),
            (
                "subject_before",
                "Brossard said the governing council had settled on \"a measured pace\" while inflation stayed close to target.",
                "Brossard",
            ),
            (
                "subject_before",
                "Danielle Ortega, Warner Bros.' president of domestic distribution, said the film had drawn \"every age group, in every part of the country.\"",
                "Danielle Ortega",
            ),
            (
                "subject_before",
                "Inspector Claire Brennan, of West Yorkshire Police, said the case was 'one of the most senseless' she had dealt with.",
                "Claire Brennan",
            ),
            (
                "subject_before",
                "Prabowo, 74, said through an interpreter that Indonesia would \"never join any military alliance,\" but that the patrols would help.",
                "Prabowo",
            ),
            (
                "subject_before",
                "According to council member Ray Delgado, \"the developer got everything it wanted.\"",
                "Ray Delgado",
            ),
            (
                "subject_before",
                "The Computer & Communications Industry Association, whose members include Amazon and Microsoft, said the Commission was \"punishing success\".",
                "Computer & Communications Industry Association",
            ),
            (
                "subject_before",
                "Delgado, who voted against the plan, said residents had been given \"barely a week\" to read it.",
                "Delgado",
            ),
            (
                "subject_before",
                "Arriaga, 61, told reporters backstage: \"I have been doing this for 40 years.\"",
                "Arriaga",
            ),
            (
                "subject_before",
                "A senior nurse at a hospital in the Midlands, who asked not to be named, told the Herald: 'We had patients on trolleys.'",
                "<anonymous>",
            ),
            (
                "subject_before",
                "The developer's spokeswoman said the company was \"delighted with the outcome\" on Tuesday.",
                "<anonymous>",
            ),
            (
                "subject_before",
                "A doctor at the clinic said the wounded were \"arriving every few minutes\".",
                "<anonymous>",
            ),
            (
                "subject_before",
                "Jane Roe's spokesman said the senator was \"deeply disappointed\" by the ruling.",
                "<anonymous>",
            ),
            (
                "subject_before",
                "Later she said the plan was \"dead on arrival\" and left.",
                "<pronoun>",
            ),
            (
                "subject_before",
                "A spokesperson for the province of Utrecht said it was \"monitoring the situation closely\".",
                "<anonymous>",
            ),
            (
                "subject_before",
                "Asked whether his client had expected the verdict, Pryce's attorney said only: \"My client told the truth.\"",
                "<anonymous>",
            ),
            (
                "subject_before",
                "His lawyer, Miriam Castellanos, said they would appeal: \"This case is far from over.\"",
                "Miriam Castellanos",
            ),
            (
                "dash_then_name",
                "\"It's the third fire this month. People are exhausted,\" — Sophie Ortal, mayor of Lagrasse.",
                "Sophie Ortal",
            ),
            (
                "colon_or_dash_before",
                "Analyst Tobias Wendt of Berenberg was unconvinced: \"The hardware is impressive.\"",
                "Tobias Wendt",
            ),
            (
                "colon_or_dash_before",
                "Maarten Verbeek's message to passengers was short — \"We are sorry, and we want this over.\"",
                "Maarten Verbeek",
            ),
            (
                "colon_or_dash_before",
                "She was blunt: \"We will not sign this.\"",
                "<pronoun>",
            ),
            (
                "colon_or_dash_before",
                "Larrinaga was blunt about what happens if the invitation does not come: \"Then we come back next year.\"",
                "Larrinaga",
            ),
            (
                "colon_or_dash_before",
                "Her message to residents who had moved back was blunt: \"Stay out until we say it is safe.\"",
                "<pronoun>",
            ),
            (
                "colon_or_dash_before",
                "Her house was quiet: \"Stay out until we say it is safe.\"",
                "",
            ),
            (
                "colon_or_dash_before",
                "His comments drew a sharp response from the ministry: \"This is not true at all.\"",
                "",
            ),
            (
                "name_then_verb",
                "\"We will fight on,\" Sen. Jane Roe, D-Mass., said.",
                "Jane Roe",
            ),
            (
                "name_then_verb",
                "\"It's not over,\" Roe, the Leeds MP, said.",
                "Roe",
            ),
            (
                "name_then_verb",
                "\"It's not over,\" Leeds MP Jane Roe said.",
                "Jane Roe",
            ),
            (
                "subject_before",
                "As Jane Roe put it, \"we will fight on.\"",
                "Jane Roe",
            ),
            (
                "colon_or_dash_before",
                "Verbeek's message to passengers was short — \"We are sorry, and we want this over.\"",
                "Verbeek",
            ),
            (
                "colon_or_dash_before",
                "Jane Roe's lawyer was blunt: \"We will not sign this.\"",
                "",
            ),
            (
                "subject_before",
                "In a statement, army chief Abdel Fattah Burhan said the truce \"must not become a chance to regroup\", while RSF commander Mohamed Hamdan Daglo said his forces would \"respect every hour of the ceasefire\".",
                "Abdel Fattah Burhan",
            ),
        ];
        for (rule, sentence, want) in cases {
            assert_eq!(who(sentence), *want, "{rule}: {sentence}");
        }
        // A spokesperson of a body by its noun speaks for the body; of a person, for no one named.
        assert_eq!(
            who(
                "A spokeswoman for the state health department said it was \"working with local partners\"."
            ),
            "<spokesperson department>"
        );
        assert_eq!(
            who("A spokeswoman for the governor said he was \"working with local partners\"."),
            "<anonymous>"
        );
        // A place between commas before the verb is where, not who.
        assert_eq!(
            who("An official in Lagos, Nigeria, said the port was \"working again\"."),
            "<anonymous>"
        );
        // A name between commas right before the verb is its subject.
        assert_eq!(
            who(
                "The employers' association, Harlan Transit Board, called the strike \"an act of aggression\"."
            ),
            "Harlan Transit Board"
        );
        assert_eq!(
            who(
                "One of the two firms, Carpatic Infra, said in a statement that it \"has always complied with the law\"."
            ),
            "Carpatic Infra"
        );
        // A compound that says where the body is based may stand before the name.
        assert_eq!(
            who(
                "The vessel's insurer, Bergen-based Hordafjord P&I, said it was \"working closely with the authorities\"."
            ),
            "Hordafjord P&I"
        );
        // The name after "said" that opens what was said is not who said it.
        assert_eq!(
            who(
                "Strand, a former engineer who took over in 2024, said Halden would reveal a hatchback \"within 18 months\"."
            ),
            "Strand"
        );
        // A verb after ", but" has the subject of the speech verb before it.
        assert_eq!(
            who(
                "The governor of the province, Abakar Djibrine, said Chad would keep the border open, but called on others to \"share the burden\"."
            ),
            "Abakar Djibrine"
        );
        // A body's noun before "spokeswoman": the body speaks.
        assert_eq!(
            who(
                "A club spokeswoman said Toulouse would contest the charge, calling the contact \"accidental\"."
            ),
            "<spokesperson club>"
        );
        // A later quote of the sentence with no speaker of its own is the earlier one's.
        let v = q(
            "Ms Featherstone told Parliament the economy had come through \"two very hard years\" but was growing, and that the government would not \"borrow its way out of every problem\".",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1].1, v[0].1, "{v:?}");
        let v = q("\"The offer is fair,\" Reed, 52, told Sky News, \"and it will not change.\"");
        assert_eq!(v[1].1, "Reed", "told: {v:?}");
        let v = q(
            "\"Our priority now,\" the minister said, \"is to stop the oil reaching the wetland.\"",
        );
        assert_eq!(v[1].1, "<pronoun>", "the_role: {v:?}");
        let v = q(
            "In a statement, army chief Abdel Fattah Burhan said the truce \"must not become a chance to regroup\", while RSF commander Mohamed Hamdan Daglo said his forces would \"respect every hour of the ceasefire\".",
        );
        assert_eq!(v[1].1, "Mohamed Hamdan Daglo");
    }

    /// One table for the passage rules: a sentence and the words of each quote found in it.
    #[test]
    fn passage_rules() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "double",
                "“It is a first step,” Takaichi said.",
                &["It is a first step"],
            ),
            (
                "double, not closed",
                "Colin Petrie said: \"This government has not told Canadians what it will cost.",
                &["This government has not told Canadians what it will cost."],
            ),
            (
                "double, only a quote",
                "\"They trusted your platform because you told them it was safe.",
                &["They trusted your platform because you told them it was safe."],
            ),
            (
                "double, inches",
                "Jane Roe said the 12\" pizza was sold out.",
                &[],
            ),
            (
                "single",
                "'It is a disaster for exporters,' said Joana Lima.",
                &["It is a disaster for exporters"],
            ),
            (
                "single, British close",
                "‘We will win the vote’, Ana Lopes said.",
                &["We will win the vote"],
            ),
            (
                "single, apostrophes inside",
                "'He didn't show a flicker of remorse,' she said.",
                &["He didn't show a flicker of remorse"],
            ),
            (
                "single, after a word",
                "Jane Roe said the case was 'one of the most senseless' she had seen.",
                &["one of the most senseless"],
            ),
            (
                "single, before a stop",
                "Hugh Brasher said the field showed 'an appetite for running we have never seen'.",
                &["an appetite for running we have never seen"],
            ),
            (
                "single, not closed",
                "His sister Leila Haddad said: 'Kamal went out to work that night.",
                &["Kamal went out to work that night."],
            ),
            (
                "single, possessive first",
                "'The workers' union will strike on Monday,' Ana Lopes said.",
                &["The workers' union will strike on Monday"],
            ),
            (
                "apostrophes",
                "The workers' union and Ana Lopes's team said it's over.",
                &[],
            ),
            (
                "title",
                "They signed the \"Japan-United States Framework for Securing the Supply of Critical Minerals\" in October.",
                &[],
            ),
            (
                "film title",
                "\"Glass Meridian\" faces its first real test on Thursday, the studio's head Jane Roe said.",
                &[],
            ),
            (
                "nickname",
                "Topping the race was former broadcaster Ramon \"Bong\" Villacorta, who said he was glad.",
                &[],
            ),
            (
                "scare quotes",
                "It is a so-called \"grey zone\" tactic.",
                &[],
            ),
            (
                "scare quotes",
                "Police said the drug, known as \"ice\", came from Shenzhen.",
                &[],
            ),
            (
                "term",
                "The company said the so-called \"green premium\" had vanished.",
                &[],
            ),
            (
                "term",
                "Analysts said a drug known as \"pink cocaine\" was spreading.",
                &[],
            ),
            (
                "not a term",
                "Finance Minister Jane Roe said the plan was \"dead on arrival\".",
                &["dead on arrival"],
            ),
            (
                "sentence inside",
                "'Focused on the club. Always,' Tiago Mendes wrote.",
                &["Focused on the club. Always"],
            ),
            (
                "sentence inside",
                "Asked about it, Vitale replied: \"Never. That was Paolo's job.\"",
                &["Never. That was Paolo's job."],
            ),
            (
                "title with an abbreviation",
                "They watched \"Mr. Smith Goes to Washington\" again.",
                &[],
            ),
            (
                "partial",
                "Takaichi told legislators that it could be a \"survival-threatening situation\" for Japan.",
                &["survival-threatening situation"],
            ),
            (
                "capitalized names with a verb in lower case",
                "\"Livia Marchetti was La Scala,\" the theatre's superintendent, Paolo Ravasi, said.",
                &["Livia Marchetti was La Scala"],
            ),
            (
                "capitalized names with a plain word in lower case",
                "\"Ask my manager, Priya Nandakumar,\" she said.",
                &["Ask my manager, Priya Nandakumar"],
            ),
            (
                "a title's small words",
                "They played \"Pierrot and the Lantern Keeper\" twice.",
                &[],
            ),
            (
                "partial, after a verb that judges",
                "Brekke called the conditions \"as dangerous as anything we saw in 2023,\" when fires burned.",
                &["as dangerous as anything we saw in 2023"],
            ),
            (
                "partial, after a verb that judges",
                "Halvorsen accused the government of offering \"a lot of money and no plan\".",
                &["a lot of money and no plan"],
            ),
        ];
        for (rule, sentence, want) in cases {
            let got: Vec<String> = q(sentence).into_iter().map(|x| x.0).collect();
            assert_eq!(got, *want, "{rule}: {sentence}");
        }
    }

    /// Who speaks in a sentence that leads into a quotation or mentions a speaker without one.
    #[test]
    fn lead_in_rules() {
        let lead = |s: &str| {
            let t = tokenize(s);
            let m = entities::find(&t, &HashSet::default());
            match lead_in_speaker(s, &t, &m) {
                Some(Speaker::Mention(k)) => m[k].text.clone(),
                Some(Speaker::Pronoun(_)) => "<pronoun>".into(),
                Some(Speaker::Anonymous) => "<anonymous>".into(),
                Some(Speaker::Continuation) => "<continuation>".into(),
                Some(Speaker::Body(n)) => format!("<body {n}>"),
                Some(Speaker::Spokesperson(n)) => format!("<spokesperson {n}>"),
                Some(Speaker::Answer) => "<answer>".into(),
                Some(Speaker::SpokespersonOf(k)) => format!("<spokesperson of {}>", m[k].text),
                Some(Speaker::ThatSpokesperson) => "<that spokesperson>".into(),
                None => String::new(),
            }
        };
        let cases: &[(&str, &str)] = &[
            (
                "Sanne Bakker told Dutch broadcaster NOS that further strikes were possible in May:",
                "Sanne Bakker",
            ),
            ("In a 2015 interview she said:", "<pronoun>"),
            (
                "A juror, a retired schoolteacher who asked not to be named, said deliberations took two days.",
                "<anonymous>",
            ),
            ("Analyst Tobias Wendt was unconvinced:", "Tobias Wendt"),
            ("The bridge reopened on Monday.", ""),
        ];
        for (sentence, want) in cases {
            assert_eq!(lead(sentence), *want, "{sentence}");
        }
    }

    /// An interview's answer: the words after "A:".
    #[test]
    fn answer_rule() {
        let a = answer("A: That is a question for them. We are not in a hurry.").unwrap();
        assert_eq!(
            (a.quote.as_str(), a.span, a.speaker),
            (
                "That is a question for them. We are not in a hurry.",
                [3, 54],
                Speaker::Answer
            )
        );
        assert!(answer("A:").is_none());
        assert!(answer("Answers came late.").is_none());
    }

    /// A spokesperson of a body speaks for it; of a person or a place, they are an unnamed source.
    #[test]
    fn spokespeople() {
        let cases = [
            (
                "A spokeswoman for Brightwater Air said safety was \"always our first priority\".",
                "Brightwater Air",
            ),
            (
                "\"We are in close contact with the airline,\" a spokesperson for the European Commission said.",
                "European Commission",
            ),
            (
                "\"Patients will be contacted directly,\" an HSE spokesperson said.",
                "HSE",
            ),
            (
                "The Norland Freight spokesman called the closures \"a disgrace for the staff\".",
                "Norland Freight",
            ),
            (
                "\"We will appeal,\" a Trump spokesperson said.",
                "<anonymous>",
            ),
            (
                "A Commission spokesperson said it was \"in close contact\" with the regulator.",
                "Commission",
            ),
            (
                "\"We will appeal,\" a Madrid spokesperson said.",
                "<anonymous>",
            ),
            (
                "\"We will appeal,\" a Group spokesperson said.",
                "<anonymous>",
            ),
            // One word that may name a body or a person: its kind in the end decides.
            (
                "\"We strongly disagree,\" a Tessel spokesperson said in a statement.",
                "<spokesperson of Tessel>",
            ),
            (
                "A Ticketmaster spokesperson said the company had \"followed the pricing instructions\".",
                "<spokesperson of Ticketmaster>",
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(who(sentence), want, "{sentence}");
        }
    }

    /// A partial quote after a verb that judges is its subject's.
    #[test]
    fn nations_bodies_and_medicines() {
        // A nation's body may not be the one named before: no speaker by the noun.
        assert_eq!(
            who("\"We found no one alive,\" the Libyan coastguard said."),
            ""
        );
        assert_eq!(
            who("\"It works,\" the coastguard said."),
            "<body coastguard>"
        );
        // A medicine's lower-case name does not speak.
        assert_eq!(
            who("Researchers said olvacarsen \"could change practice\"."),
            ""
        );
    }

    #[test]
    fn characterizing_verbs() {
        assert_eq!(
            who(
                "Tomas Brekke called the conditions \"as dangerous as anything we saw\" on Monday."
            ),
            "Tomas Brekke"
        );
        assert_eq!(
            who("She described the deal as \"a betrayal of the members\"."),
            "<pronoun>"
        );
        // In the passive, the subject is not the speaker; "called" right before
        // the quote names a thing.
        assert_ne!(
            who("Johnson was accused of \"misleading the House\" by the committee."),
            "Johnson"
        );
        assert!(q("He has had a condition called \"locked-in syndrome\" since May.").is_empty());
        // A body, then what it is between commas, before the verb.
        assert_eq!(
            who(
                "The FNV, the largest Dutch trade union, called the plan \"a cold shower\" for staff."
            ),
            "FNV"
        );
        // ("thanks to" gives no one's words.)
        assert!(q("Shares jumped 8% thanks to the \"AI gold rush\".").is_empty());
        // Thanks are the thanker's words.
        assert_eq!(
            who("Ana Ferreira thanked the player \"for every goal and every drop of sweat\"."),
            "Ana Ferreira"
        );
        // A quote whose clause has no such verb and no speech verb has no speaker.
        assert!(q("The conditions were \"as dangerous as anything we saw\" on Monday.").is_empty());
    }

    /// One word in marks is a quote after a verb of speech or one that
    /// judges, and when it is a plain lower-case word; otherwise a term or a name.
    #[test]
    fn one_word_quotes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Tomas Brekke called the results \"striking\" but wanted more.",
                &["striking"],
            ),
            (
                "Brekke said waiting lists would be cut \"decisively\".",
                &["decisively"],
            ),
            (
                "Brekke said waiting lists would be cut \"decisively.\"",
                &["decisively."],
            ),
            (
                "She accused the coalition of \"sleepwalking\" into the dispute.",
                &["sleepwalking"],
            ),
            // No verb of speech or judgement before it.
            ("The \"reset\" took two years.", &[]),
            // A name, a term after "known … as", digits.
            ("Brekke said the \"Orbit\" line would end.", &[]),
            (
                "Police said the drug, known locally as \"ice\", came by boat.",
                &[],
            ),
            ("Brekke said the \"G7\" had agreed.", &[]),
            // "called" right before the word names a thing.
            ("Brekke had a condition called \"aphasia\" for years.", &[]),
        ];
        for (sentence, want) in cases {
            let got: Vec<String> = q(sentence).into_iter().map(|x| x.0).collect();
            assert_eq!(got, *want, "{sentence}");
        }
    }

    #[test]
    fn continuation() {
        assert_eq!(
            who("“We will make effort toward resilient supply chains.\""),
            "<continuation>"
        );
        assert_eq!(who("\"It was never safe.\""), "<continuation>");
        assert_eq!(
            who("'Nothing will bring him back, but today he has been held to account.'"),
            "<continuation>"
        );
    }
}
