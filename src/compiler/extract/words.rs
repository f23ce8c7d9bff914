//! Light phrase chunking on tokens: noun phrases before and after a point,
//! the verb phrase before "by", and the tense of a sentence. English function
//! words are the only knowledge used.

use crate::compiler::tokens::{Kind, Token};

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "some", "any", "each", "every", "all", "such", "another", "other",
];
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "onto",
    "over",
    "under",
    "between",
    "among",
    "through",
    "during",
    "since",
    "until",
    "after",
    "before",
    "about",
    "around",
    "across",
    "against",
    "per",
    "via",
    "than",
    "as",
    "like",
    "near",
    "off",
    "toward",
    "towards",
    "within",
    "without",
    "including",
    "compared",
    "despite",
    "amid",
    "beyond",
    "upon",
    "along",
    "behind",
    "below",
    "above",
];
pub const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "while", "whereas", "although", "though", "because",
    "which", "that", "who", "whom", "whose", "where", "when", "if", "unless", "whether",
];
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "said", "says",
    "say", "told", "it", "they", "we", "he", "she", "i", "you", "there", "not", "no",
];
/// Common verbs in the third person, which end a noun phrase.
pub const VERBS: &[&str] = &[
    "continues",
    "remains",
    "says",
    "seems",
    "appears",
    "makes",
    "takes",
    "comes",
    "goes",
    "gets",
    "shows",
    "includes",
    "means",
    "needs",
    "plans",
    "wants",
    "holds",
    "faces",
    "leads",
    "plays",
    "helps",
    "keeps",
    "becomes",
    "stands",
    "reaches",
    "rises",
    "falls",
    "grows",
    "moves",
    "aims",
    "seeks",
    "expects",
    "uses",
    "produces",
    "controls",
    "accounts",
    "represents",
    "contains",
    "requires",
    "allows",
    "owns",
    "gives",
    "shut",
    "spread",
    "quit",
    "split",
];
pub const ADVERBS: &[&str] = &[
    "overall",
    "respectively",
    "apiece",
    "annually",
    "alone",
    "only",
    "just",
    "also",
    "still",
    "already",
    "currently",
    "approximately",
    "nearly",
    "about",
    "around",
    "roughly",
    "more",
    "less",
    "most",
    "least",
    "each",
    "altogether",
    "combined",
    "worldwide",
    "globally",
    "now",
    "then",
    "again",
    "ago",
    "higher",
    "lower",
    "larger",
    "smaller",
    "greater",
    "last",
    "next",
    "year",
    "years",
];

fn is(list: &'static [&'static str], t: &Token) -> bool {
    crate::compiler::lexicon::is_in(list, t.text)
}

/// Irregular past participles and past forms (not those that are also common nouns).
pub const IRREGULAR: &[&str] = &[
    "risen", "rose", "fallen", "fell", "grown", "grew", "gone", "went", "done", "did", "been",
    "seen", "saw", "shown", "taken", "took", "given", "gave", "known", "knew", "drawn", "drew",
    "driven", "drove", "blown", "thrown", "flown", "flew", "sunk", "sank", "shrunk", "shrank",
    "sprung", "swum", "spun", "won", "lost", "paid", "sold", "built", "spent", "sent", "held",
    "kept", "left", "met", "made", "brought", "bought", "caught", "taught", "fought", "thought",
    "begun", "began", "written", "wrote", "spoken", "spoke", "chosen", "chose", "broken", "broke",
    "stolen", "frozen", "hit", "led", "lent", "found", "became", "become",
];

/// Simple past forms of irregular verbs: a clause with one tells of the past.
pub const PAST_FORMS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "took",
    "made",
    "met",
    "won",
    "lost",
    "began",
    "became",
    "came",
    "went",
    "held",
    "told",
    "rose",
    "fell",
    "grew",
    "sold",
    "bought",
    "paid",
    "spent",
    "struck",
    "hit",
    "left",
    "found",
    "gave",
    "got",
    "saw",
    "built",
    "sent",
    "wrote",
    "broke",
    "ran",
    "stood",
    "brought",
    "caught",
    "led",
    "sank",
    "fled",
    "flew",
    "fought",
    "drove",
    "rode",
    "swam",
    "threw",
    "shot",
    "spoke",
    "stole",
    "chose",
    "froze",
    "knew",
    "drew",
    "blew",
    "shook",
    "woke",
    "wore",
    "tore",
    "slid",
    "hid",
    "lit",
    "bled",
    "sped",
    "sought",
    "taught",
    "thought",
    "meant",
    "kept",
    "slept",
    "swept",
    "wept",
    "felt",
    "dealt",
    "heard",
    "sat",
    "rang",
    "sang",
    "sprang",
    "stuck",
    "swung",
    "hung",
    "spun",
    "dug",
    "overtook",
    "withdrew",
    "overcame",
    "forgave",
    "arose",
    "upheld",
    "withheld",
    "undertook",
    "rebuilt",
    "shrank",
    "sunk",
    "underwent",
    "forgot",
    "understood",
    "oversaw",
    "lent",
];

/// Looks like a verb form: "-ing", "-ed" (but not "seabed", "speed",
/// "hundred"), or an irregular past form.
pub fn verbish(t: &Token) -> bool {
    let l = t.lc();
    if IRREGULAR.contains(&l.as_str()) {
        return true;
    }
    let ed = l.ends_with("ed")
        && !l.ends_with("eed")
        && !l.ends_with("bed")
        && !matches!(
            l.as_str(),
            "hundred" | "kindred" | "sacred" | "naked" | "wicked"
        );
    let ing = l.ends_with("ing")
        && !matches!(
            l.as_str(),
            "spring"
                | "string"
                | "thing"
                | "king"
                | "wing"
                | "ring"
                | "ceiling"
                | "building"
                | "meeting"
                | "funding"
                | "morning"
                | "evening"
                | "offering"
                | "beijing"
        );
    (ed || ing) && l.len() > 4 && !t.is_capitalized()
}

/// Words joined as they stand (possessives and hyphens kept).
fn join(words: &[&Token]) -> String {
    words.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// The noun phrase starting at `j`: up to six words, stopping at punctuation,
/// prepositions (one inner "of" allowed), conjunctions and verbs.
pub fn np_after(t: &[Token], j: usize, strip_det: bool) -> String {
    let (a, b) = np_after_span(t, j, strip_det);
    join(&t[a..b].iter().collect::<Vec<_>>())
}

/// Token range of [`np_after`].
pub fn np_after_span(t: &[Token], mut j: usize, strip_det: bool) -> (usize, usize) {
    if strip_det {
        while t
            .get(j)
            .is_some_and(|x| x.kind == Kind::Word && is(DETERMINERS, x))
        {
            j += 1;
        }
    }
    let start = j;
    let mut words: Vec<&Token> = Vec::new();
    let mut used_of = false;
    let mut used_and = false;
    while let Some(tok) = t.get(j) {
        if tok.kind != Kind::Word || words.len() >= 6 {
            break;
        }
        let l = tok.lc();
        if l == "of"
            && !used_of
            && !words.is_empty()
            && t.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word && !is(DETERMINERS, n) && !is(PREPOSITIONS, n)
            })
        {
            used_of = true;
            words.push(tok);
            j += 1;
            continue;
        }
        // "copper and cobalt mines": one inner "and" between content words.
        let content = |n: &Token| {
            n.kind == Kind::Word
                && !is(DETERMINERS, n)
                && !is(PREPOSITIONS, n)
                && !is(AUXILIARIES, n)
                && !is(CONJUNCTIONS, n)
        };
        if l == "and"
            && !used_and
            && !words.is_empty()
            && t.get(j + 1).is_some_and(content)
            && t.get(j + 2).is_some_and(content)
        {
            used_and = true;
            words.push(tok);
            j += 1;
            continue;
        }
        // "lower prices", "higher costs": a comparative before a noun is an adjective.
        let comparative = words.is_empty()
            && matches!(
                l.as_str(),
                "higher" | "lower" | "larger" | "smaller" | "greater" | "cheaper" | "bigger"
            )
            && t.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && !is(PREPOSITIONS, n)
                    && !is(DETERMINERS, n)
                    && !is(CONJUNCTIONS, n)
            });
        if !comparative
            && (is(PREPOSITIONS, tok)
                || is(CONJUNCTIONS, tok)
                || is(AUXILIARIES, tok)
                || is(ADVERBS, tok)
                || is(DETERMINERS, tok))
        {
            break;
        }
        if !words.is_empty() && is(VERBS, tok) {
            break;
        }
        if verbish(tok) && !words.is_empty() && !l.ends_with("ing") {
            break;
        }
        if l.ends_with("ing")
            && !words.is_empty()
            && t.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word && (is(DETERMINERS, n) || is(PREPOSITIONS, n))
            })
        {
            break; // "facilities integrating the…"
        }
        words.push(tok);
        j += 1;
    }
    let mut end = start + words.len();
    while end > start && (t[end - 1].is("of") || t[end - 1].is("and")) {
        end -= 1;
    }
    (start, end)
}

/// The noun phrase ending just before `j`: up to five words back, stopping at
/// determiners, prepositions (one inner "of" allowed) and conjunctions. Verbs
/// right before `j` are skipped; once a word is taken, a verb ends the phrase.
pub fn np_before(t: &[Token], j: usize, stop_at_verbs: bool) -> String {
    let (a, b) = np_before_span(t, j, stop_at_verbs);
    join(&t[a..b].iter().collect::<Vec<_>>())
}

/// Token range of [`np_before`].
pub fn np_before_span(t: &[Token], j: usize, stop_at_verbs: bool) -> (usize, usize) {
    let mut k = j;
    while k > 0 && t[k - 1].kind == Kind::Word && verbish(&t[k - 1]) && stop_at_verbs {
        k -= 1;
    }
    let mut words: Vec<&Token> = Vec::new();
    while k > 0 {
        let tok = &t[k - 1];
        if tok.kind != Kind::Word || words.len() >= 5 {
            break;
        }
        let l = tok.lc();
        if l == "of"
            && !words.is_empty()
            && k >= 2
            && t[k - 2].kind == Kind::Word
            && !is(DETERMINERS, &t[k - 2])
            && !is(PREPOSITIONS, &t[k - 2])
        {
            words.push(tok);
            k -= 1;
            continue;
        }
        if is(DETERMINERS, tok)
            || is(PREPOSITIONS, tok)
            || is(CONJUNCTIONS, tok)
            || is(AUXILIARIES, tok)
            || is(ADVERBS, tok)
        {
            break;
        }
        if stop_at_verbs && verbish(tok) && !words.is_empty() {
            break;
        }
        words.push(tok);
        k -= 1;
    }
    let end = k + words.len();
    let mut start = k;
    while start < end && t[start].is("of") {
        start += 1;
    }
    (start, end)
}

/// The subject of a verb at `j`: the noun phrase before it, past
/// auxiliaries and adverbs ("prices have fallen"), past a prepositional
/// phrase ("Cargo traffic through the harbour grew", kept after "of", "on",
/// "for": "spending on defense") and past a parenthetical between commas
/// ("The largest, at Almaraz, covers").
pub fn subject_before(t: &[Token], j: usize) -> String {
    let mut k = j;
    while k > 0
        && t[k - 1].kind == Kind::Word
        && matches!(
            t[k - 1].lc().as_str(),
            "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "itself"
                | "themselves"
                | "also"
                | "currently"
                | "now"
                | "alone"
                | "reportedly"
                | "already"
                | "still"
                | "together"
                | "only"
                | "just"
        )
    {
        k -= 1;
    }
    if k > 0 && t[k - 1].text == "," {
        // Skip back over ", at Almaraz," to the phrase before it.
        if let Some(c) = (k.saturating_sub(8)..k - 1)
            .rev()
            .find(|&i| t[i].text == ",")
        {
            k = c;
        }
    }
    let (s, e) = np_before_span(t, k, false);
    if s == e {
        return String::new();
    }
    // "the harbour" in "Cargo traffic through the harbour": look past the preposition.
    let mut p = s;
    while p > 0 && is(DETERMINERS, &t[p - 1]) {
        p -= 1;
    }
    // Only a preposition of place or topic; "as iron ore prices climbed" stays as it is.
    let spatial = |x: &Token| {
        matches!(
            x.lc().as_str(),
            "through"
                | "in"
                | "at"
                | "from"
                | "near"
                | "across"
                | "on"
                | "for"
                | "with"
                | "under"
                | "over"
                | "along"
                | "off"
                | "between"
                | "inside"
                | "outside"
                | "around"
                | "into"
                | "to"
                | "within"
        )
    };
    if p > 0
        && t[p - 1].kind == Kind::Word
        && is(PREPOSITIONS, &t[p - 1])
        && !t[p - 1].is("of")
        && spatial(&t[p - 1])
    {
        let prep = t[p - 1].lc();
        let (hs, he) = np_before_span(t, p - 1, false);
        if hs < he {
            let head = join(&t[hs..he].iter().collect::<Vec<_>>());
            if matches!(prep.as_str(), "on" | "for") {
                return format!(
                    "{head} {prep} {}",
                    join(&t[s..e].iter().collect::<Vec<_>>())
                );
            }
            return head;
        }
    }
    join(&t[s..e].iter().collect::<Vec<_>>())
}

/// Does a phrase hold a noun (a word that is not a verb form)?
pub fn has_noun(t: &[Token], (a, b): (usize, usize)) -> bool {
    t[a..b].iter().any(|x| {
        x.kind == Kind::Word
            && !verbish(x)
            && !is(VERBS, x)
            && !is(AUXILIARIES, x)
            && !is(PREPOSITIONS, x)
            && !is(DETERMINERS, x)
            && !x.is("and")
    })
}

/// The verb phrase before "by" at `j` ("reduce extraction process emissions").
pub fn vp_before(t: &[Token], j: usize) -> String {
    let (a, b) = vp_before_span(t, j);
    join(&t[a..b].iter().collect::<Vec<_>>())
}

/// Token range of [`vp_before`].
pub fn vp_before_span(t: &[Token], j: usize) -> (usize, usize) {
    let mut k = j;
    let mut words: Vec<&Token> = Vec::new();
    while k > 0 {
        let tok = &t[k - 1];
        if tok.kind != Kind::Word || words.len() >= 7 {
            break;
        }
        let l = tok.lc();
        let inner = matches!(l.as_str(), "of" | "and" | "the" | "its" | "their");
        if !inner
            && (is(PREPOSITIONS, tok)
                || is(CONJUNCTIONS, tok)
                || is(AUXILIARIES, tok)
                || is(DETERMINERS, tok))
        {
            break;
        }
        if l == "to" {
            break;
        }
        words.push(tok);
        k -= 1;
    }
    let end = k + words.len();
    let mut start = k;
    while start < end
        && matches!(
            t[start].lc().as_str(),
            "of" | "and" | "the" | "its" | "their"
        )
    {
        start += 1;
    }
    (start, end)
}

/// Common English words that a sentence in another language lacks.
const ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "were", "for", "on", "with", "said", "by", "at",
    "from", "that", "it", "as", "has", "have", "are", "be", "this", "its", "their", "after",
    "than",
];

/// Function words of Spanish, Portuguese, French, Italian, German and Dutch
/// that are not English words too.
const FOREIGN_WORDS: &[&str] = &[
    "de", "la", "el", "los", "las", "del", "en", "para", "por", "que", "con", "una", "y", "es",
    "su", "sus", "se", "al", "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur",
    "aux", "der", "das", "und", "ist", "mit", "für", "von", "zu", "auf", "im", "dem", "ein",
    "eine", "il", "di", "che", "per", "della", "nel", "sono", "het", "een", "voor", "niet", "os",
    "da", "não", "em", "com", "uma", "nos", "pelo", "pela",
    // Pronouns and prepositions of sign-up and cookie notices ("… in Ihrem Postfach", "… dans votre boîte").
    "aus", "ihrem", "ihre", "ihren", "ihr", "sie", "wir", "unsere", "unseren", "unserem", "nicht",
    "auch", "bei", "nach", "oder", "jetzt", "jeden", "jede", "zum", "zur", "vom", "beim", "vous",
    "nous", "votre", "vos", "notre", "nos", "avec", "cette", "chaque", "nuestro", "nuestra",
    "nuestros", "más", "cada", "tu", "tus", "ogni", "gli", "delle", "dei", "alla", "nostra",
    "nostro", "tuo", "tua", "onze", "je", "uw", "jouw", "elke", "nossa", "nosso", "seu", "sua",
];

/// A sentence in another language (a foreign "most read" list, a cookie
/// notice): two or more of its function words and no common English word.
/// "Hacienda prevé crecimiento de 0.5% para 2026" is one; "the Gare de Lyon"
/// is not.
pub fn foreign(t: &[Token]) -> bool {
    let mut theirs = 0;
    for x in t.iter().filter(|x| x.kind == Kind::Word) {
        // "in" is a word of German, Dutch and Italian too: it makes no sentence English.
        if crate::compiler::lexicon::is_in(ENGLISH_WORDS, x.text) && !x.is("in") {
            return false;
        }
        if crate::compiler::lexicon::is_in(FOREIGN_WORDS, x.text) {
            theirs += 1;
        }
    }
    theirs >= 2
}

/// Verbs in the present that tell of a fixture to come ("faces its first real
/// test on Thursday", "The vote is on Friday", "Talks resume on Monday").
const SCHEDULE_PRESENT: &[&str] = &[
    "is",
    "are",
    "faces",
    "face",
    "starts",
    "start",
    "begins",
    "begin",
    "opens",
    "open",
    "meets",
    "meet",
    "plays",
    "play",
    "resumes",
    "resume",
    "returns",
    "return",
    "hosts",
    "host",
    "travels",
    "travel",
    "visits",
    "visit",
    "heads",
    "head",
    "kicks",
    "holds",
    "hold",
    "closes",
    "close",
    "ends",
    "end",
    "launches",
    "launch",
    "debuts",
    "premieres",
    "lands",
    "arrives",
    "arrive",
    "takes",
    "take",
    "goes",
    "go",
    "reopens",
    "reopen",
    "continues",
    "expires",
    "convenes",
    "convene",
    "votes",
    "vote",
    "decides",
    "decide",
    "rules",
    "publishes",
    "releases",
    "moves",
];

/// A sentence with no past or future marker that tells of a fixture in the
/// present tense; a plain weekday in it is the one to come.
pub fn schedule_present(t: &[Token]) -> bool {
    // Lower case, or opening what follows a colon ("Lakers: Visit the Jazz on Friday").
    t.iter().enumerate().any(|(k, x)| {
        x.kind == Kind::Word
            && (!x.is_capitalized() || k > 0 && t[k - 1].text == ":")
            && crate::compiler::lexicon::is_in(SCHEDULE_PRESENT, x.text)
    })
}

/// ", 54," from token `j`: an age between commas after a name ("Arriaga, 61,
/// told reporters", "said Guadalupe Barajas, 54, standing …").
pub fn age_between_commas(t: &[Token], j: usize) -> bool {
    t.get(j).is_some_and(|x| x.text == ",")
        && t.get(j + 1).is_some_and(|x| {
            x.kind == Kind::Num
                && x.text.len() <= 3
                && x.text.parse::<u32>().is_ok_and(|n| (1..=110).contains(&n))
        })
        && t.get(j + 2).is_some_and(|x| x.text == ",")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tense {
    Past,
    Future,
    Neutral,
}

/// A rough tense of the sentence's statement: future when a word or a pair
/// of words plans ahead ("will", "plans to", "would" without "have"), else
/// past when a verb is in the past ("said", "-ed", "ago", "would have").
/// One pass over the words.
pub fn tense(t: &[Token]) -> Tense {
    let (mut future, mut past, mut would, mut would_have) = (false, false, false, false);
    let mut prev: Option<crate::compiler::tokens::Lower> = None;
    let mut words = t.iter().filter(|x| x.kind == Kind::Word).peekable();
    while let Some(x) = words.next() {
        let lc = x.lc();
        let w: &str = &lc;
        let p: &str = prev.as_deref().unwrap_or("");
        let next = words.peek().map(|n| n.lc());
        let next: &str = next.as_deref().unwrap_or("");
        future = future
            || matches!(
                w,
                "will"
                    | "upcoming"
                    | "scheduled"
                    | "expects"
                    | "expected"
                    | "expect"
                    | "plans"
                    | "intend"
                    | "aim"
                    | "forecast"
                    | "projected"
                    | "planned"
                    | "intends"
                    | "slated"
                    | "coming"
            )
            || w == "to"
                && matches!(
                    p,
                    "plans"
                        | "plan"
                        | "aims"
                        | "intends"
                        | "expected"
                        | "set"
                        | "is"
                        | "are"
                        | "going"
                        | "due"
                )
            // "by the end of the year" looks ahead; "controlled by the two companies" does not.
            || p == "by"
                && w == "the"
                && (crate::compiler::lexicon::month(next).is_some()
                    || matches!(
                    next,
                    "end"
                        | "time"
                        | "middle"
                        | "close"
                        | "start"
                        | "beginning"
                        | "deadline"
                        | "weekend"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "fall"
                        | "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "next"
                        | "year"
                ));
        would |= w == "would";
        would_have |= p == "would" && w == "have";
        past = past
            || w == "ago"
            || w.len() > 4
                && w.ends_with("ed")
                && !matches!(
                    w,
                    "scheduled"
                        | "expected"
                        | "planned"
                        | "projected"
                        | "needed"
                        | "based"
                        | "proposed"
                )
                // ("…, followed by Disney's film on Dec. 18": a participle, no past.)
                && !(w == "followed" && next == "by")
            || crate::compiler::lexicon::is_in(PAST_FORMS, w);
        prev = Some(lc);
    }
    // "said it would close": the future seen from the past ("would have" is past).
    let future = future || would && !would_have;
    match (future, past || would_have) {
        (true, _) => Tense::Future,
        (false, true) => Tense::Past,
        _ => Tense::Neutral,
    }
}

/// Words after which a participle is an adjective, not a verb: determiners
/// and prepositions ("a tariff on imported chips", "the affected vehicles").
const BEFORE_ADJECTIVE: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "this",
    "these",
    "those",
    "on",
    "of",
    "for",
    "from",
    "with",
    "into",
    "onto",
    "about",
    "newly",
    "recently",
    "previously",
    "already",
    "all",
    "some",
    "any",
    "no",
    "more",
    "most",
    "less",
    "fewer",
    "many",
];

/// The tense of the verb nearest before a date in its clause ("approved a
/// wind farm on Thursday, which will power…": past), if one is recognizable.
pub fn clause_tense(t: &[Token], first: usize) -> Option<Tense> {
    let stop = |x: &Token| {
        matches!(x.text, "," | ";" | ":")
            || x.kind == Kind::Word
                && matches!(
                    &*x.lc(),
                    "that"
                        | "which"
                        | "who"
                        | "and"
                        | "but"
                        | "while"
                        | "if"
                        | "unless"
                        | "because"
                        | "whether"
                )
    };
    let verb = |k: usize| -> Option<Tense> {
        let x = &t[k];
        if x.kind != Kind::Word {
            return None;
        }
        let w = x.lc();
        // "would" without "have" is the future seen from the past: "said it would close in July".
        if matches!(&*w, "will" | "shall" | "'ll")
            || w == "would" && t.get(k + 1).is_none_or(|n| !n.is("have"))
        {
            return Some(Tense::Future);
        }
        // "are forecast to reach", "is set to open": a passive of foresight looks ahead.
        let be_before = k > 0
            && matches!(
                &*t[k - 1].lc(),
                "is" | "are" | "was" | "were" | "be" | "been"
            );
        if matches!(
            &*w,
            "forecast" | "set" | "predicted" | "projected" | "tipped"
        ) && be_before
            && t.get(k + 1).is_some_and(|n| n.is("to"))
        {
            return Some(Tense::Future);
        }
        // "which takes office on Jan. 1", "the corridor continues on Dec. 11", "whose term
        // ends in January": a present of a fixture before its date looks ahead (not
        // "opens higher after Friday's jobs report", "opens with footage of the Oct. 7 attacks").
        // (A verb of the third person, not a noun: "at the end of March", "since the start".)
        if w.ends_with('s')
            && w != "is"
            && crate::compiler::lexicon::is_in(SCHEDULE_PRESENT, x.text)
            && !(k > 0
                && t[k - 1].kind == Kind::Word
                && crate::compiler::lexicon::is_in(BEFORE_ADJECTIVE, t[k - 1].text))
            && first > k
            && t[k + 1..first].iter().all(|y| {
                y.kind != Kind::Word
                    || !matches!(
                        &*y.lc(),
                        "after" | "following" | "since" | "before" | "with" | "from"
                    )
            })
        {
            return Some(Tense::Future);
        }
        let irregular = crate::compiler::lexicon::is_in(PAST_FORMS, &w);
        // Verbs whose past is their present ("it forecast in January", "the bank
        // cut rates in March", "Liang beat Ferreyra on Wednesday"): past after a
        // subject, not after "to" or a modal.
        // ("beat", "hurt", "shed", "upset", "burst" are nouns too: only after a name or a
        // pronoun, before a word, and with no "if" before: "If Liverpool beat Everton on
        // Saturday", "a shock upset on Sunday" look ahead or name no act.)
        let noun_too = matches!(&*w, "beat" | "hurt" | "shed" | "upset" | "burst");
        let acted = !noun_too
            || k > 0
                && (t[k - 1].is_capitalized()
                    || matches!(&*t[k - 1].lc(), "he" | "she" | "they" | "it" | "we"))
                && t.get(k + 1).is_some_and(|n| n.kind == Kind::Word)
                && !t[..k].iter().any(|x| {
                    matches!(
                        &*x.lc(),
                        "if" | "unless" | "when" | "until" | "whether" | "can" | "could"
                    )
                });
        let zero_change = acted
            && (noun_too
                || matches!(&*w, "forecast" | "cut" | "set" | "put" | "cost" | "shut" | "split" | "spread" | "quit" | "bet" | "let"))
            && k > 0
            && t[k - 1].kind == Kind::Word
            && !matches!(&*t[k - 1].lc(), "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "do" | "does" | "not" | "n't" | "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "and" | "or")
            // "will be shut", "its next forecast": a passive or a noun, no past.
            && !matches!(&*t[k - 1].lc(), "be" | "been" | "being" | "get" | "gets" | "next" | "latest" | "new" | "first" | "last" | "this" | "that" | "own" | "any" | "no" | "each" | "every");
        if zero_change {
            return Some(Tense::Past);
        }
        let regular = w.len() > 4
            && w.ends_with("ed")
            && !matches!(
                &*w,
                "scheduled"
                    | "expected"
                    | "planned"
                    | "projected"
                    | "needed"
                    | "based"
                    | "proposed"
                    | "slated"
                    | "intended"
            );
        // ("…, followed by Disney's film on Dec. 18": a participle, no past.)
        if w == "followed" && t.get(k + 1).is_some_and(|n| n.is("by")) {
            return None;
        }
        // "to be approved", "is expected": a participle after a form of "be" says nothing of time.
        let passive = k > 0
            && matches!(
                &*t[k - 1].lc(),
                "be" | "been" | "being" | "is" | "are" | "am" | "get" | "gets"
            );
        // "on imported chips", "the revised plan": a participle after a determiner or preposition describes a noun.
        let adjective = k > 0
            && t[k - 1].kind == Kind::Word
            && crate::compiler::lexicon::is_in(BEFORE_ADJECTIVE, t[k - 1].text);
        if (irregular || regular) && !passive && !adjective {
            return Some(Tense::Past);
        }
        matches!(
            &*w,
            "scheduled"
                | "expected"
                | "planned"
                | "slated"
                | "due"
                | "plans"
                | "aims"
                | "intends"
                | "expect"
                | "expects"
        )
        .then_some(Tense::Future)
    };
    // "speaking on Tuesday", "writing on Monday": the time of a statement, past.
    if first >= 2
        && t[first - 1].is("on")
        && matches!(
            &*t[first - 2].lc(),
            "speaking" | "writing" | "testifying" | "talking" | "addressing" | "briefing"
        )
    {
        return Some(Tense::Past);
    }
    // The verb before the date in its clause; else the one after it ("A judge on Wednesday blocked…").
    let (mut lo, mut k) = (first.saturating_sub(16), first);
    while k > lo {
        k -= 1;
        // "if the dry spell lasts into October": a condition with no past verb looks ahead.
        if t[k].kind == Kind::Word && matches!(&*t[k].lc(), "if" | "unless") {
            return Some(Tense::Future);
        }
        if stop(&t[k]) {
            // "expect inflation to be 4.2% … and to reach the target in 2027": a second
            // infinitive hangs from the first one's verb.
            if t[k].is("and") && t.get(k + 1).is_some_and(|n| n.is("to")) {
                lo = first.saturating_sub(32);
                continue;
            }
            break;
        }
        if let Some(tense) = verb(k) {
            return Some(tense);
        }
    }
    let mut k = first + 1;
    while k < t.len().min(first + 6) && !stop(&t[k]) {
        if let Some(tense) = verb(k) {
            return Some(tense);
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::tokens::tokenize;

    #[test]
    fn phrases() {
        let t = tokenize("the global rare-earth production from China");
        assert_eq!(np_after(&t, 0, true), "global rare-earth production");
        let t = tokenize("a stretch of seabed measuring");
        assert_eq!(np_before(&t, 4, true), "stretch of seabed");
        let t = tokenize("that increases selective extraction of dysprosium and terbium by");
        assert_eq!(
            vp_before(&t, 8),
            "increases selective extraction of dysprosium and terbium"
        );
    }

    #[test]
    fn foreign_sentences() {
        let cases: &[(&str, bool)] = &[
            ("Hacienda prevé crecimiento de 0.5% para 2026", true),
            ("Peso cierra la semana en 18.37 por dólar", true),
            (
                "Die Regierung will die Steuer um 2% senken und mit der EU verhandeln",
                true,
            ),
            ("Trains leave the Gare de Lyon at 8 am.", false),
            ("Prices rose 2% in 2026.", false),
            ("El Niño returns", false),
            (
                "Jeden Morgen die wichtigsten Nachrichten aus der Region in Ihrem Postfach.",
                true,
            ),
            (
                "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
                true,
            ),
            ("Crews from Banco Nación worked in Lima.", false),
        ];
        for (s, want) in cases {
            assert_eq!(foreign(&tokenize(s)), *want, "{s}");
        }
    }

    #[test]
    fn tenses() {
        assert_eq!(
            tense(&tokenize("Japan said Monday it retrieved mud")),
            Tense::Past
        );
        assert_eq!(
            tense(&tokenize("Japan plans to test in January")),
            Tense::Future
        );
        assert_eq!(tense(&tokenize("Costs are high")), Tense::Neutral);
        let t = tokenize("It said it would close the plant in July");
        assert_eq!(clause_tense(&t, 8), Some(Tense::Future));
        assert_eq!(
            clause_tense(&tokenize("A judge on Wednesday blocked the deal"), 3),
            Some(Tense::Past)
        );
        // A verb whose past is its present, after its subject; not after "to" or "will".
        let t = tokenize("Liang Haoran of China beat Ferreyra on Wednesday");
        assert_eq!(clause_tense(&t, 7), Some(Tense::Past));
        let t = tokenize("If Liverpool beat Everton on Saturday");
        assert_ne!(clause_tense(&t, 5), Some(Tense::Past));
        let t = tokenize("Fans hope for a shock upset on Sunday");
        assert_ne!(clause_tense(&t, 7), Some(Tense::Past));
        let t = tokenize("Liang hopes to beat Ferreyra on Wednesday");
        assert_ne!(clause_tense(&t, 6), Some(Tense::Past));
        assert_eq!(
            tense(&tokenize("It would have cost more in 2024")),
            Tense::Past
        );
        // (sentence, tense): words and pairs, in any case, wherever they are.
        let table: &[(&str, Tense)] = &[
            ("The plant is scheduled to open", Tense::Future),
            ("Officials are going to decide", Tense::Future),
            ("It said it would close", Tense::Future),
            ("It would, officials said, have closed", Tense::Future),
            ("The ministry said it was ready", Tense::Past),
            ("Three years ago the mine opened", Tense::Past),
            ("WILL the Board decide", Tense::Future),
            ("By the end of the decade", Tense::Future),
            ("Accounts controlled by the two companies", Tense::Past),
            (
                "Investors want to see it in the numbers by the summer",
                Tense::Future,
            ),
            (
                "Bids must be submitted by the March 31 deadline",
                Tense::Future,
            ),
            ("A vote by the two parties", Tense::Neutral),
            (
                "The season continues, followed by the final in May",
                Tense::Neutral,
            ),
            ("Plans for the site", Tense::Future),
            ("The plan to expand", Tense::Future),
            ("Ships based in the port", Tense::Neutral),
            ("The red house", Tense::Neutral),
        ];
        for (s, want) in table {
            assert_eq!(tense(&tokenize(s)), *want, "{s}");
        }
        let t = tokenize("The mine will close in July, the company said on March 18.");
        let at = t.iter().position(|x| x.text == "March").unwrap();
        // A date told as the time of a statement is past, whatever the sentence plans.
        assert_eq!(clause_tense(&t, at), Some(Tense::Past));
        assert_eq!(
            clause_tense(&t, t.iter().position(|x| x.text == "July").unwrap()),
            Some(Tense::Future)
        );
        let t =
            tokenize("The council approved the plan on Thursday, which will cost more in 2027.");
        let at = |w: &str| t.iter().position(|x| x.text == w).unwrap();
        assert_eq!(clause_tense(&t, at("Thursday") - 1), Some(Tense::Past));
        assert_eq!(clause_tense(&t, at("2027") - 1), Some(Tense::Future));
        assert_eq!(
            clause_tense(&tokenize("It is due to open in May"), 5),
            Some(Tense::Future)
        );
        assert_eq!(clause_tense(&tokenize("In May, prices"), 1), None);
        // A second infinitive hangs from the first one's verb.
        let t = tokenize(
            "Staff expect inflation to be 4.2% at the end of this year and to reach the target range in the first half of 2027",
        );
        assert_eq!(clause_tense(&t, t.len() - 1), Some(Tense::Future));
        let t = tokenize("Prices rose and fell in 2025");
        assert_eq!(clause_tense(&t, t.len() - 1), Some(Tense::Past));
        assert_eq!(
            clause_tense(
                &tokenize("Analysts expect the deal to be approved by regulators next month"),
                9
            ),
            Some(Tense::Future)
        );
        // Verbs whose past is their present: past after a subject only.
        let at = |t: &[Token], w: &str| t.iter().position(|x| x.text == w).unwrap();
        let cases: &[(&str, &str, Option<Tense>)] = &[
            (
                "down from the 1.4 per cent it forecast in January",
                "January",
                Some(Tense::Past),
            ),
            ("The bank cut rates in March", "March", Some(Tense::Past)),
            (
                "It plans to cut rates in March",
                "March",
                Some(Tense::Future),
            ),
            ("a forecast in January", "January", None),
            // A participle after a determiner or preposition is no verb; "would" further back rules.
            (
                "it would impose a 25 percent tariff on imported memory chips from May",
                "May",
                Some(Tense::Future),
            ),
            // A long clause: the verb twelve words before its date.
            (
                "the bank, which cut its policy rate by 25 basis points to 2.25 percent in February",
                "February",
                Some(Tense::Past),
            ),
            // "if" opens a clause of its own.
            (
                "prices could test the record set in February if the dry spell lasts into October",
                "October",
                Some(Tense::Future),
            ),
            (
                "If the rains continue into March, we will",
                "March",
                Some(Tense::Future),
            ),
            ("if sales slumped in March", "March", Some(Tense::Past)),
            // A passive of foresight looks ahead.
            (
                "Temperatures are forecast to reach 38 degrees on Saturday",
                "Saturday",
                Some(Tense::Future),
            ),
            (
                "The plant is set to open in May",
                "May",
                Some(Tense::Future),
            ),
            (
                "The plant will be shut for maintenance between March 9 and March 20",
                "March",
                Some(Tense::Future),
            ),
            (
                "The bank will publish its next forecast in May",
                "May",
                Some(Tense::Future),
            ),
            // A fixture's present right before its date looks ahead, whatever the sentence
            // says around it; not before "after" nor a date farther on.
            (
                "He said the team, which takes office on Jan. 1, would cut spending",
                "Jan",
                Some(Tense::Future),
            ),
            (
                "Wall Street opens higher after a jobs report on Friday showed",
                "Friday",
                Some(Tense::Past),
            ),
            ("Play resumes after Sunday rain", "Sunday", None),
            ("Play resumes on Sunday", "Sunday", Some(Tense::Future)),
            (
                "Debt fell to $512 million at the end of March",
                "March",
                Some(Tense::Past),
            ),
            (
                "The season continues, followed by the final in May",
                "May",
                None,
            ),
            // The time of a statement, whatever it says of the future.
            (
                "The minister, speaking on Tuesday, said prices would fall",
                "Tuesday",
                Some(Tense::Past),
            ),
        ];
        for (s, w, want) in cases {
            let t = tokenize(s);
            assert_eq!(clause_tense(&t, at(&t, w)), *want, "{s}");
        }
    }
}
