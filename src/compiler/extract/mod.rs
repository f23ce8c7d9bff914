//! Stage 4, extract: find candidate facts and entity mentions in each
//! sentence of one article. Candidates still point at mentions and carry
//! unresolved date expressions; the resolve stage links them across articles.

pub mod context;
pub mod dates;
pub mod entities;
pub mod events;
pub mod quantities;
pub mod quotes;
pub mod words;

use super::clean::Cleaned;
use super::segment::{Interview, Sentence};
use super::tokens::{Kind, Token, tokenize};
use crate::bundle::{Article, EntityKind};
use entities::Mention;
use jiff::civil::Date;
use quantities::QuantityMatch;
use rustc_hash::FxHashSet as HashSet;
use words::Tense;

/// An article after the per-article stages that need no corpus knowledge.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub meta: Article,
    pub published: Option<Date>,
    pub cleaned: Cleaned,
    pub sentences: Vec<Sentence>,
    /// A dateline's month, day and lede when the text leaves its year open
    /// (`published` is none, or its year was read from the story's years):
    /// the pack's years may settle it.
    pub dateline: Option<(u8, u8, String)>,
}

impl Prepared {
    /// Words written in lower case somewhere in the article's prose.
    pub fn lower_words(&self) -> HashSet<String> {
        let mut out = HashSet::default();
        for s in &self.sentences {
            for w in s
                .text
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            {
                // (Allocated once per word, not once per occurrence.)
                if w.chars().next().is_some_and(char::is_lowercase) && !out.contains(w) {
                    out.insert(w.to_string());
                }
            }
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MentionAt {
    pub sentence: usize,
    pub mention: Mention,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuantityCand {
    pub sentence: usize,
    pub q: QuantityMatch,
    /// Index (in this article's quantities) of the same amount in other units.
    pub same_as: Option<usize>,
    /// Index (in this article's mentions) of the entity the quantity is about.
    pub subject: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventCand {
    pub sentence: usize,
    pub span: [u32; 2],
    pub expr: dates::DateExpr,
    pub upper_year: Option<i16>,
    pub tense: Tense,
    pub summary: String,
    /// For a relative date inside a quotation ("'We signed yesterday,' she
    /// said on Monday"): the date the words were said, which it counts from;
    /// for one counted from the story ("two days later"): the date before it.
    pub anchor: Option<(dates::DateExpr, Tense)>,
    /// Counted from an earlier date of the story ("two days later"); when
    /// its sentence has none, the previous sentence's last date is the anchor.
    pub anchored: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum SpeakerRef {
    /// Index in this article's mentions.
    Mention(usize),
    /// "she said" in sentence n, with the pronoun's gender when it has one.
    Pronoun(Option<crate::compiler::gazetteer::Gender>),
    /// Goes on from the previous quote.
    Continuation,
    /// Said by someone the article does not name.
    Anonymous,
    /// "the company said": the body named before by this noun.
    Body(String),
    /// "a spokesperson for the department said": the body named before by this noun, else unnamed.
    Spokesperson(String),
    /// An interview's answer ("A: …"); the sentence where its questions and answers start.
    Answer(usize),
    /// "a Tessel spokesperson said": this mention's entity (index in this
    /// article's mentions) when it is an organization, else unnamed.
    SpokespersonOf(usize),
    /// "the spokesperson said": the body whose spokesperson was introduced
    /// in this paragraph or the one before, else unnamed.
    ThatSpokesperson,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuoteCand {
    pub sentence: usize,
    pub span: [u32; 2],
    pub quote: String,
    pub speaker: SpeakerRef,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RowCand {
    pub sentence: usize,
    pub table: String,
    pub cells: Vec<(String, String)>,
}

/// What extraction asks of the corpus: is a word written in lower case
/// anywhere in it? A capitalized sentence opener that is ("However",
/// "Analysts") is an ordinary word, not a name. It is the only thing the
/// other articles change in what an article yields (with the pack's years
/// for a dateline's, see `compiler::pack_dates`).
pub trait Vocabulary: Sync {
    fn in_lower_case(&self, word: &str) -> bool;
}

impl Vocabulary for HashSet<String> {
    fn in_lower_case(&self, word: &str) -> bool {
        self.contains(word)
    }
}

/// A corpus's vocabulary that notes the words it is asked about, so an
/// article's extraction can be reused while their answers stay the same
/// (`compiler::record`): extraction is a function of the article's text and
/// of those answers alone.
pub struct Asking<'a> {
    lower: &'a HashSet<String>,
    asked: std::sync::Mutex<HashSet<String>>,
}

impl<'a> Asking<'a> {
    pub fn new(lower: &'a HashSet<String>) -> Self {
        Self {
            lower,
            asked: Default::default(),
        }
    }

    /// The words asked about, sorted, and the answer to each.
    pub fn answers(self) -> Vec<(String, bool)> {
        let asked = self.asked.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut out: Vec<(String, bool)> = asked
            .into_iter()
            .map(|w| {
                let yes = self.lower.contains(&w);
                (w, yes)
            })
            .collect();
        out.sort_unstable();
        out
    }
}

impl Vocabulary for Asking<'_> {
    fn in_lower_case(&self, word: &str) -> bool {
        let mut asked = self.asked.lock().unwrap_or_else(|e| e.into_inner());
        if !asked.contains(word) {
            asked.insert(word.to_string());
        }
        self.lower.contains(word)
    }
}

/// Everything found in one article.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ArticleFacts {
    pub meta: Article,
    pub published: Option<Date>,
    /// The latest year the article names: the reference for relative dates
    /// when it has no publication date.
    pub context_year: Option<i16>,
    /// Source sentences (and table rows), exactly as cited.
    pub sentences: Vec<String>,
    /// The paragraph (block) of each sentence; `usize::MAX` for table rows.
    pub blocks: Vec<usize>,
    pub mentions: Vec<MentionAt>,
    pub quantities: Vec<QuantityCand>,
    pub events: Vec<EventCand>,
    pub quotes: Vec<QuoteCand>,
    pub rows: Vec<RowCand>,
    /// Acronyms of common nouns ("REE"): never entities.
    pub terms: Vec<String>,
    /// Sentences without a quote whose speech verb has an unnamed subject ("A
    /// juror, who asked not to be named, said …"): a pronoun after one
    /// stands for that source, not for a person named before.
    pub unnamed: Vec<usize>,
}

/// Lower-case particles inside people's names ("Sanne de Jong", "Ursula von
/// der Leyen", "Zé dos Santos", "Mohammed bin Salman").
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "der", "den", "von", "ter", "ten", "du", "da", "das", "dos", "del", "della", "di",
    "la", "le", "bin", "ibn", "bint",
];

/// What one sentence holds, with indices local to the sentence.
struct SentenceFacts {
    events: Vec<EventCand>,
    latest_year: Option<i16>,
    /// Quantities with the local index of their subject mention.
    quantities: Vec<(QuantityMatch, Option<usize>)>,
    quotes: Vec<quotes::QuoteMatch>,
    /// Who speaks in a sentence with no quote ("… in May:", "A juror … said …").
    lead_in: Option<quotes::Speaker>,
    /// Whether that speaker is a spokesperson ("A spokeswoman for Air Zermatt said …"),
    /// and the gender of the noun.
    lead_spokes: Option<Option<crate::compiler::gazetteer::Gender>>,
    mentions: Vec<Mention>,
    terms: Vec<String>,
}

fn sentence_facts(
    text: &str,
    toks: &[Token],
    runs: entities::Runs,
    common: &dyn Vocabulary,
    names: &HashSet<String>,
) -> SentenceFacts {
    // A sentence in another language (foreign page chrome) states no figure or date here.
    let foreign = words::foreign(&toks);
    let mut found_dates = if foreign {
        Vec::new()
    } else {
        dates::find(&toks)
    };
    // "We shot it in 31 days", "I've seen in 22 years": in a past clause, "in N days" is how long, not when.
    found_dates.retain(|d| {
        let span_in = toks[d.first].is("in")
            && matches!(
                d.expr,
                dates::DateExpr::RelDay(_)
                    | dates::DateExpr::RelYear(_)
                    | dates::DateExpr::RelMonthDay(_)
            );
        !span_in || words::clause_tense(&toks, d.first) != Some(Tense::Past)
    });
    let found_q = if foreign {
        Vec::new()
    } else {
        quantities::find(&toks, &found_dates)
    };
    // Nor does it name anyone: German capitalizes its nouns ("die wichtigsten Nachrichten in Ihrem Postfach").
    let mut mentions = if foreign {
        Vec::new()
    } else {
        entities::find_with(&toks, runs, common, names)
    };
    let terms = entities::term_acronyms(&toks);
    let found_quotes = if foreign {
        Vec::new()
    } else {
        quotes::find(text, &toks, &mentions)
    };
    // Who is quoted is someone: a full name of no known kind that speaks a
    // quote ("Lowenna Pascoe, chair of …, said: “…”") is a person.
    for q in &found_quotes {
        if let quotes::Speaker::Mention(k) = q.speaker {
            let m = &mut mentions[k];
            // Particles inside a name stay in lower case ("Sanne de Jong", "Ludwig van der Berg").
            let name_word = |w: &str| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || crate::compiler::lexicon::is_in(NAME_PARTICLES, w)
            };
            if m.kind.is_none()
                && m.text.split_whitespace().count() >= 2
                && m.text.split_whitespace().all(name_word)
                && m.text
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                m.kind = Some(EntityKind::Person);
            }
        }
    }
    let tense = words::tense(&toks);
    let mut latest_year: Option<i16> = None;
    let mut events: Vec<EventCand> = Vec::with_capacity(found_dates.len());
    let quoted = |d: &dates::DateMatch| {
        found_quotes
            .iter()
            .any(|q| q.span[0] <= d.span[0] && d.span[1] <= q.span[1])
    };
    // When the words were said: a date of the sentence outside the quotation.
    let said = found_dates.iter().find(|d| !quoted(d)).map(|d| {
        (
            d.expr,
            words::clause_tense(&toks, d.first).unwrap_or(Tense::Past),
        )
    });
    for (k, d) in found_dates.iter().enumerate() {
        if let dates::DateExpr::Ymd(y, ..) | dates::DateExpr::Ym(y, _) | dates::DateExpr::Y(y) =
            d.expr
        {
            let y = d.upper_year.unwrap_or(y);
            latest_year = Some(latest_year.map_or(y, |l| l.max(y)));
        }
        let summary = events::summary(text, &toks, &found_dates, k);
        // Inside a quotation, the tense of the quoted words ("…cuts by June," he said).
        let quote_toks = found_quotes
            .iter()
            .find(|q| q.span[0] <= d.span[0] && d.span[1] <= q.span[1])
            .map(|q| {
                toks.iter()
                    .filter(|x| x.cstart >= q.span[0] && x.cend <= q.span[1])
                    .copied()
                    .collect::<Vec<_>>()
            });
        let mut tense = match &quote_toks {
            Some(qt) => {
                let at = qt.iter().position(|x| x.cstart == d.span[0]).unwrap_or(0);
                words::clause_tense(qt, at).unwrap_or_else(|| words::tense(qt))
            }
            None => words::clause_tense(&toks, d.first).unwrap_or(tense),
        };
        // "between April and November": the second date of a pair is told in the first's tense.
        if let Some(prev) = k.checked_sub(1).map(|j| &found_dates[j]) {
            let joined = d.first == prev.end + 1
                && matches!(
                    &*toks[prev.end].lc(),
                    "and" | "or" | "to" | "through" | "until" | "-" | "–"
                );
            if joined && !d.expr.is_absolute() {
                tense = events[k - 1].tense;
            }
        }
        // "faces its first real test on Thursday": a fixture told in the present is to come.
        if tense == Tense::Neutral
            && matches!(d.expr, dates::DateExpr::Weekday(_, dates::Rel::Plain))
            && words::schedule_present(&toks)
        {
            tense = Tense::Future;
        }
        // "is due to release its first-quarter earnings": results to come are of the part nearest
        // the statement, over or not (the first quarter just ended, said in April).
        let results = toks.get(d.end).is_some_and(|x| {
            x.kind == Kind::Word && crate::compiler::lexicon::is_in(dates::HALF_NOUNS, x.text)
        });
        if tense == Tense::Future && results && matches!(d.expr, dates::DateExpr::YearPart(..)) {
            tense = Tense::Neutral;
        }
        // "before June": whichever June is nearer, whatever the sentence's tense.
        if d.first > 0
            && toks[d.first - 1].is("before")
            && matches!(d.expr, dates::DateExpr::Month(_, dates::Rel::Plain))
        {
            tense = Tense::Neutral;
        }
        // "since October": the last one before.
        if d.first > 0 && toks[d.first - 1].is("since") && !d.expr.is_absolute() {
            tense = Tense::Past;
        }
        // A deadline ("until Monday", "by Friday") is ahead even in a past-tense
        // sentence, unless something was done by then ("had recorded … by Thursday").
        let done_by = (d.first.saturating_sub(10)..d.first).any(|j| toks[j].is("had"));
        if d.forward && !done_by && tense != Tense::Future {
            tense = if matches!(
                d.expr,
                dates::DateExpr::Weekday(..) | dates::DateExpr::DayOfMonth(_)
            ) {
                Tense::Future
            } else {
                Tense::Neutral
            };
        }
        // "filed for bankruptcy two days later": from the sentence's date before it.
        let story = d
            .anchored
            .then(|| {
                found_dates[..k]
                    .iter()
                    .zip(&events)
                    .rev()
                    .find(|(x, _)| !x.anchored)
                    .map(|(x, e)| (x.expr, e.tense))
            })
            .flatten();
        let anchor = story.or_else(|| {
            (quoted(d) && !d.expr.is_absolute())
                .then_some(said)
                .flatten()
        });
        events.push(EventCand {
            sentence: 0,
            span: d.span,
            expr: d.expr,
            upper_year: d.upper_year,
            tense,
            summary,
            anchor,
            anchored: d.anchored,
        });
    }
    // "In 2021, frost in April …": a year that only frames the sentence's months
    // (`dates::year_frame`) is no event of its own beside them.
    if found_dates.iter().any(|d| d.framed) {
        events.remove(0);
    }
    // The entity a quantity is about: the nearest one named before it; an
    // element ("lithium prices fell 65%") only when nothing else is named.
    let quantities = found_q
        .into_iter()
        .map(|q| {
            let nearest = |elements: bool| {
                mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| {
                        m.span[1] <= q.span[0] && (m.kind == Some(EntityKind::Element)) == elements
                    })
                    .max_by_key(|(_, m)| m.span[1])
                    .map(|(k, _)| k)
            };
            let subject = nearest(false).or_else(|| nearest(true));
            (q, subject)
        })
        .collect();
    let lead_in = if found_quotes.is_empty() {
        quotes::lead_in_speaker(text, &toks, &mentions)
    } else {
        None
    };
    let lead_spokes = lead_in
        .as_ref()
        .and_then(|_| quotes::spokesperson_subject(&toks));
    SentenceFacts {
        events,
        latest_year,
        quantities,
        quotes: found_quotes,
        lead_in,
        lead_spokes,
        mentions,
        terms,
    }
}

/// Sentences per article from which extraction runs in parallel.
const PARALLEL_SENTENCES: usize = 512;

/// Extract candidates from a prepared article. `common` holds words seen in
/// lower case anywhere in the corpus.
pub fn extract(p: Prepared, common: &dyn Vocabulary) -> ArticleFacts {
    use rayon::prelude::*;
    let mut out = ArticleFacts {
        meta: p.meta,
        published: p.published,
        context_year: None,
        sentences: Vec::with_capacity(p.sentences.len()),
        blocks: Vec::with_capacity(p.sentences.len()),
        mentions: Vec::new(),
        quantities: Vec::new(),
        events: Vec::new(),
        quotes: Vec::new(),
        rows: Vec::new(),
        terms: Vec::new(),
        unnamed: Vec::new(),
    };
    // Every sentence tokenized once, for every step below.
    let toks: Vec<Vec<Token>> = if p.sentences.len() >= PARALLEL_SENTENCES {
        p.sentences.par_iter().map(|s| tokenize(&s.text)).collect()
    } else {
        p.sentences.iter().map(|s| tokenize(&s.text)).collect()
    };
    // Names the article writes mid-sentence, so a sentence opener that is
    // part of one stays ("Rocket Lab said", "Energy Queensland said").
    let runs: Vec<entities::Runs> = toks.iter().map(|t| entities::sentence_runs(t)).collect();
    let names: HashSet<String> = toks
        .iter()
        .zip(&runs)
        .flat_map(|(t, r)| entities::mid_sentence_names(t, r))
        .collect();
    // Sentences are independent here; a very long article is split across threads.
    let mut per: Vec<SentenceFacts> = if p.sentences.len() >= PARALLEL_SENTENCES {
        p.sentences
            .par_iter()
            .zip(&toks)
            .zip(runs)
            .map(|((s, t), r)| sentence_facts(&s.text, t, r, common, &names))
            .collect()
    } else {
        p.sentences
            .iter()
            .zip(&toks)
            .zip(runs)
            .map(|((s, t), r)| sentence_facts(&s.text, t, r, common, &names))
            .collect()
    };
    // The article's home country settles bare currencies ("$5" in Sydney);
    // it is worked out only for an article that has one.
    if per
        .iter()
        .any(|f| f.quantities.iter().any(|(q, _)| q.bare.is_some()))
    {
        // Timestamp lines, and any removed line or heading that says when the
        // page was published ("By Marcus Tan | Published: 14 May 2026, 11:20 am SGT").
        let stamped = |text: &str| {
            let l = text.to_lowercase();
            (l.contains("published") || l.contains("updated") || l.contains("posted"))
                && text.chars().any(|c| c.is_ascii_digit())
        };
        let removed = p
            .cleaned
            .removed
            .iter()
            .filter(|r| matches!(r.reason, "timestamp" | "byline") || stamped(&r.text))
            .map(|r| r.text.as_str());
        let headings = p
            .cleaned
            .blocks
            .iter()
            .filter(|b| b.kind == super::clean::BlockKind::Heading && stamped(&b.text))
            .map(|b| b.text.as_str());
        let stamps: Vec<&str> = removed.chain(headings).collect();
        // International wire copy writes "$" for the US dollar wherever it is filed from.
        let wire = out
            .meta
            .publisher
            .as_deref()
            .is_some_and(|p| context::international_wire(p));
        // A local outlet of a peso country writes "$" for its pesos: one that names
        // pesos, writes "US$" for the dollar, or is on the country's own domain.
        let named = toks
            .iter()
            .flatten()
            .any(|x| x.kind == Kind::Word && (x.is("pesos") || x.is("peso")));
        let us_sign = toks.iter().any(|t| {
            t.windows(2)
                .any(|w| w[0].text == "US" && w[1].text == "$" && !w[1].space_before)
        });
        let own_domain = out.meta.url.as_deref().and_then(context::url).is_some();
        let pesos = !wire && (named || us_sign || own_domain);
        let ctx = context::Context {
            home: context::home(
                p.cleaned.dateline.as_deref(),
                out.meta.url.as_deref(),
                &stamps,
                out.meta.publisher.as_deref(),
                &toks,
            ),
            pesos,
        };
        for (f, t) in per.iter_mut().zip(&toks) {
            for (q, _) in f.quantities.iter_mut() {
                ctx.settle(q, t);
            }
        }
    }
    drop(toks);
    // The places of a dateline ("SWANSEA, Wales, April 16") are named in the
    // story's first sentence, which the dateline opened.
    let dateline_at = p
        .cleaned
        .dateline_block
        .and_then(|b| p.sentences.iter().position(|s| s.block == b));
    let mut dateline_places = match (&p.cleaned.dateline, dateline_at) {
        (Some(d), Some(_)) => entities::dateline_mentions(d),
        _ => Vec::new(),
    };
    let mut latest: Option<i16> = None;
    // The sentence that leads into a quotation, who speaks in it, and whether it
    // ends with a colon (else the quotation must follow in its paragraph).
    let mut lead_in: Option<(usize, SpeakerRef, bool)> = None;
    // The last sentence whose speaker is a body's spokesperson: who that is, and the
    // gender of the noun.
    let mut spokes_lead: Option<(
        usize,
        SpeakerRef,
        Option<crate::compiler::gazetteer::Gender>,
    )> = None;
    // The first question of the interview in question-and-answer form being read.
    let mut qa_start: Option<usize> = None;
    for (s, f) in p.sentences.into_iter().zip(per) {
        let si = out.sentences.len();
        if dateline_at == Some(si) {
            out.mentions
                .extend(dateline_places.drain(..).map(|mention| MentionAt {
                    sentence: si,
                    mention,
                }));
        }
        let base = out.mentions.len();
        let qbase = out.quantities.len();
        latest = latest.max(f.latest_year);
        out.terms.extend(f.terms);
        // A date counted from the story with no date before it in its
        // sentence counts from the previous sentence's last date.
        let before = out
            .events
            .last()
            .filter(|e| e.sentence + 1 == si && !e.anchored)
            .map(|e| (e.expr, e.tense));
        for mut e in f.events {
            e.sentence = si;
            if e.anchored && e.anchor.is_none() {
                e.anchor = before;
            }
            out.events.push(e);
        }
        for (q, subject) in f.quantities {
            let same_as = q.same_as.map(|k| qbase + k);
            out.quantities.push(QuantityCand {
                sentence: si,
                q,
                same_as,
                subject: subject.map(|k| base + k),
            });
        }
        // "Q: …" ¶ "A: …": an interview's answers, after its first question.
        match s.interview {
            Interview::Question => _ = qa_start.get_or_insert(si),
            Interview::Answer => {}
            Interview::None => qa_start = None,
        }
        let speaker_ref = |s: quotes::Speaker| match s {
            quotes::Speaker::Mention(k) => SpeakerRef::Mention(base + k),
            quotes::Speaker::Pronoun(g) => SpeakerRef::Pronoun(g),
            quotes::Speaker::Continuation => SpeakerRef::Continuation,
            quotes::Speaker::Anonymous => SpeakerRef::Anonymous,
            quotes::Speaker::Body(n) => SpeakerRef::Body(n.into()),
            quotes::Speaker::Spokesperson(n) => SpeakerRef::Spokesperson(n.into()),
            quotes::Speaker::Answer => SpeakerRef::Answer(qa_start.unwrap_or(si)),
            quotes::Speaker::SpokespersonOf(k) => SpeakerRef::SpokespersonOf(base + k),
            quotes::Speaker::ThatSpokesperson => SpeakerRef::ThatSpokesperson,
        };
        let mut found = f.quotes;
        if found.is_empty() && s.interview == Interview::Answer {
            found.extend(quotes::answer(&s.text));
        }
        for (k, q) in found.into_iter().enumerate() {
            let mut speaker = speaker_ref(q.speaker);
            // "A spokeswoman for Air Zermatt said its crews had flown 14 missions." ¶ "“…,”
            // she said": the pronoun is that spokesperson's, who speaks for the body, in the
            // sentence right after, in its paragraph or the next one; not a pronoun of the other
            // gender than the noun's, nor one after a person the quote's sentence names first.
            if let (0, SpeakerRef::Pronoun(g)) = (k, &speaker) {
                let named_first = f.mentions.iter().any(|m| {
                    m.span[1] <= q.span[0]
                        && matches!(m.kind, None | Some(crate::bundle::EntityKind::Person))
                        && m.text.chars().next().is_some_and(char::is_uppercase)
                });
                if let Some((_, lead, _)) = spokes_lead.as_ref().filter(|(at, _, noun)| {
                    at + 1 == si
                        && !named_first
                        && !matches!((g, noun), (Some(a), Some(b)) if a != b)
                }) {
                    speaker = lead.clone();
                }
            }
            // "De Jong told NOS that more strikes were possible:" ¶ "“If there is no
            // better offer…": a quote that opens the sentence after a lead-in is its speaker's;
            // so is one right after a sentence of reported speech in its paragraph ("Sarah
            // Donnelly said the cut would hurt. “We get half the income …”"), not the
            // words of whoever was quoted before.
            if k == 0 && speaker == SpeakerRef::Continuation {
                if let Some((at, lead, colon)) = lead_in.take() {
                    if at + 1 == si && (colon || out.blocks.get(at) == Some(&s.block)) {
                        speaker = lead;
                    }
                }
            }
            out.quotes.push(QuoteCand {
                sentence: si,
                span: q.span,
                quote: q.quote,
                speaker,
            });
        }
        lead_in = None;
        spokes_lead = None;
        if let Some(l) = f.lead_in {
            // (Whatever the spokesperson reported of others: "A spokesman for Acme said chief
            // executive John Smith had not been told." ¶ "“…,” he said" is the spokesman's.)
            if let Some(noun) = f.lead_spokes {
                spokes_lead = Some((si, speaker_ref(l.clone()), noun));
            }
            // (So is a body's spokesperson: "A Tessel spokesperson said …" ¶ "“…,” she said"
            // is no one named before.)
            if matches!(
                l,
                quotes::Speaker::Anonymous
                    | quotes::Speaker::SpokespersonOf(_)
                    | quotes::Speaker::Spokesperson(_)
                    | quotes::Speaker::ThatSpokesperson
            ) {
                out.unnamed.push(si);
            }
            let colon = s.text.trim_end().ends_with(':');
            // (Not reported speech that names another person after its speaker, who may be
            // the one the quotation is from: "Prosecutors said Roe texted the victim. “I
            // know where you live.”")
            let from = match l {
                quotes::Speaker::Mention(k) => f.mentions.get(k).map_or(0, |m| m.span[1]),
                _ => 0,
            };
            let another = f.mentions.iter().any(|m| {
                m.span[0] >= from
                    && matches!(m.kind, None | Some(crate::bundle::EntityKind::Person))
                    && m.text.chars().next().is_some_and(char::is_uppercase)
            });
            if colon || !another {
                lead_in = Some((si, speaker_ref(l), colon));
            }
        }
        for m in f.mentions {
            out.mentions.push(MentionAt {
                sentence: si,
                mention: m,
            });
        }
        out.sentences.push(s.text);
        out.blocks.push(s.block);
    }
    for table in &p.cleaned.tables {
        let name = table.header.join(" · ");
        for row in &table.rows {
            let si = out.sentences.len();
            let cells: Vec<(String, String)> = table
                .header
                .iter()
                .cloned()
                .zip(row.cells.iter().cloned())
                .collect();
            // Names in the cells are mentions of the row; a cell has no
            // sentence around it, so only names with strong evidence count.
            let toks = tokenize(&row.text);
            for m in entities::find(&toks, common) {
                if m.strong
                    && toks
                        .iter()
                        .any(|t| t.cstart == m.span[0] && t.kind == Kind::Word)
                {
                    out.mentions.push(MentionAt {
                        sentence: si,
                        mention: m,
                    });
                }
            }
            out.rows.push(RowCand {
                sentence: si,
                table: name.clone(),
                cells,
            });
            out.sentences.push(row.text.clone());
            out.blocks.push(usize::MAX);
        }
    }
    out.context_year = latest;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::{clean, segment};

    fn facts(text: &str) -> ArticleFacts {
        let cleaned = clean::clean(text, 1, false);
        let sentences = segment::sentences(&cleaned);
        let p = Prepared {
            meta: Article::default(),
            published: None,
            cleaned,
            sentences,
            dateline: None,
        };
        let common = p.lower_words();
        extract(p, &common)
    }

    /// A sentence in another language (chrome that got through) names no one.
    #[test]
    fn foreign_sentences_name_no_one() {
        let f = facts(
            "The bridge reopened on Monday, the city said.\n\nJeden Morgen die wichtigsten Nachrichten aus der Region in Ihrem Postfach.\n",
        );
        let names: Vec<&str> = f.mentions.iter().map(|m| m.mention.text.as_str()).collect();
        assert!(
            names.iter().all(|n| !n.contains("Nachrichten")
                && !n.contains("Postfach")
                && !n.contains("Morgen")),
            "{names:?}"
        );
    }

    #[test]
    fn candidates_of_every_kind() {
        let f = facts(
            "The port handled 4 million containers in 2025, the agency said.\n\n\
             “We are growing fast,” Jane Roe said.\n\n\
             | Year | Ships |\n|---|---|\n| 2024 | 310 |\n",
        );
        assert_eq!(f.quantities.len(), 1);
        assert_eq!(f.quantities[0].q.value, 4e6);
        assert_eq!(f.events.len(), 1);
        assert_eq!(f.context_year, Some(2025));
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(f.rows.len(), 1);
        assert_eq!(
            f.rows[0].cells,
            [
                ("Year".to_string(), "2024".to_string()),
                ("Ships".to_string(), "310".to_string())
            ]
        );
        assert_eq!(f.sentences.last().unwrap(), "| 2024 | 310 |");
    }

    /// "In 2021, frost in April …": the opening year dates the month and is no event of its own.
    #[test]
    fn a_year_framing_its_sentence() {
        let f = facts("In 2021, frost in April destroyed much of the crop.\n");
        let dates: Vec<_> = f.events.iter().map(|e| e.expr).collect();
        assert_eq!(dates, [dates::DateExpr::Ym(2021, 4)]);
        let f = facts("In 2021, the crop failed.\n");
        let dates: Vec<_> = f.events.iter().map(|e| e.expr).collect();
        assert_eq!(dates, [dates::DateExpr::Y(2021)]);
        // A month with its own year leaves the opening year an event.
        let f = facts("In 2024, floods killed 290 people, 60 of them in April 2024.\n");
        let dates: Vec<_> = f.events.iter().map(|e| e.expr).collect();
        assert_eq!(
            dates,
            [dates::DateExpr::Y(2024), dates::DateExpr::Ym(2024, 4)]
        );
    }

    /// A bare `$` in a peso country: pesos on the country's own domain or beside "US$", else dollars.
    #[test]
    fn dollar_sign_of_a_peso_country() {
        let unit = |url: Option<&str>, text: &str| {
            let cleaned = clean::clean(text, 1, false);
            let sentences = segment::sentences(&cleaned);
            let meta = Article {
                url: url.map(str::to_string),
                ..Article::default()
            };
            let p = Prepared {
                meta,
                published: None,
                cleaned,
                sentences,
                dateline: None,
            };
            let common = p.lower_words();
            extract(p, &common).quantities[0].q.unit.clone()
        };
        let text = "Mexico City's metro will raise its fare to $7, Mexico City officials in Mexico said.\n";
        assert_eq!(
            unit(Some("https://www.example.mx/metro"), text).as_deref(),
            Some("MXN")
        );
        assert_eq!(
            unit(
                None,
                "Mexico City's metro will raise its fare to $7, against US$0.40 in Mexico.\n"
            )
            .as_deref(),
            Some("MXN")
        );
    }

    #[test]
    fn quantity_subject_is_nearest_entity_before() {
        let f = facts(
            "Japan has moved away from China, which controls more than 80 percent of the global market.\n",
        );
        let q = &f.quantities[0];
        let subject = &f.mentions[q.subject.unwrap()].mention;
        assert_eq!(subject.canonical.as_deref(), Some("China"));
    }
}
