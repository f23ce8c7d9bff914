//! Light phrase chunking on tokens: noun phrases before and after a point,
//! the verb phrase before "by", and the tense of a sentence. English function
//! words are the only knowledge used.

use crate::compiler::tokens::{Kind, Token};

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
    "some", "any", "each", "every", "all", "such", "another", "other",
];
pub const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over", "under", "between",
    "among", "through", "during", "since", "until", "after", "before", "about", "around", "across",
    "against", "per", "via", "than", "as", "like", "near", "off", "toward", "towards", "within", "without",
    "including", "compared", "despite", "amid", "beyond", "upon", "along", "behind", "below", "above",
];
pub const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "while", "whereas", "although", "though", "because", "which",
    "that", "who", "whom", "whose", "where", "when", "if", "unless", "whether",
];
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "shall", "should", "said", "says", "say", "told",
    "it", "they", "we", "he", "she", "i", "you", "there", "not", "no",
];
/// Common verbs in the third person, which end a noun phrase.
pub const VERBS: &[&str] = &[
    "continues", "remains", "says", "seems", "appears", "makes", "takes", "comes", "goes", "gets", "shows",
    "includes", "means", "needs", "plans", "wants", "holds", "faces", "leads", "plays", "helps", "keeps",
    "becomes", "stands", "reaches", "rises", "falls", "grows", "moves", "aims", "seeks", "expects", "uses",
    "produces", "controls", "accounts", "represents", "contains", "requires", "allows", "owns", "gives",
];
pub const ADVERBS: &[&str] = &[
    "overall", "respectively", "apiece", "annually", "alone", "only", "just", "also", "still", "already",
    "currently", "approximately", "nearly", "about", "around", "roughly", "more", "less", "most", "least",
    "each", "altogether", "combined", "worldwide", "globally", "now", "then", "again", "ago",
    "higher", "lower", "larger", "smaller", "greater", "last", "next", "year", "years",
];

fn lw(t: &Token) -> String {
    t.lower()
}

fn is(list: &[&str], t: &Token) -> bool {
    let l = lw(t);
    list.contains(&l.as_str())
}

/// Looks like a verb form: "-ing", or "-ed" but not "seabed", "speed", "hundred".
fn verbish(t: &Token) -> bool {
    let l = lw(t);
    let ed = l.ends_with("ed") && !l.ends_with("eed") && !l.ends_with("bed") && !matches!(l.as_str(), "hundred" | "kindred" | "sacred" | "naked" | "wicked");
    let ing = l.ends_with("ing") && !matches!(l.as_str(), "spring" | "string" | "thing" | "king" | "wing" | "ring" | "ceiling" | "building" | "meeting" | "funding" | "morning" | "evening" | "offering" | "beijing");
    (ed || ing) && l.len() > 4 && !t.is_capitalized()
}

/// Words joined as they stand (possessives and hyphens kept).
fn join(words: &[&Token]) -> String {
    words.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// The noun phrase starting at `j`: up to six words, stopping at punctuation,
/// prepositions (one inner "of" allowed), conjunctions and verbs.
pub fn np_after(t: &[Token], mut j: usize, strip_det: bool) -> String {
    if strip_det {
        while t.get(j).is_some_and(|x| x.kind == Kind::Word && is(DETERMINERS, x)) {
            j += 1;
        }
    }
    let mut words: Vec<&Token> = Vec::new();
    let mut used_of = false;
    while let Some(tok) = t.get(j) {
        if tok.kind != Kind::Word || words.len() >= 6 {
            break;
        }
        let l = lw(tok);
        if l == "of" && !used_of && !words.is_empty() && t.get(j + 1).is_some_and(|n| n.kind == Kind::Word && !is(DETERMINERS, n) && !is(PREPOSITIONS, n)) {
            used_of = true;
            words.push(tok);
            j += 1;
            continue;
        }
        if is(PREPOSITIONS, tok) || is(CONJUNCTIONS, tok) || is(AUXILIARIES, tok) || is(ADVERBS, tok) || is(DETERMINERS, tok) {
            break;
        }
        if !words.is_empty() && is(VERBS, tok) {
            break;
        }
        if verbish(tok) && !words.is_empty() && !l.ends_with("ing") {
            break;
        }
        if l.ends_with("ing") && !words.is_empty() && t.get(j + 1).is_some_and(|n| n.kind == Kind::Word && (is(DETERMINERS, n) || is(PREPOSITIONS, n))) {
            break; // "facilities integrating the…"
        }
        words.push(tok);
        j += 1;
    }
    while words.last().is_some_and(|w| w.is("of") || w.is("and")) {
        words.pop();
    }
    join(&words)
}

/// The noun phrase ending just before `j`: up to five words back, stopping at
/// determiners, prepositions (one inner "of" allowed) and conjunctions. Verbs
/// right before `j` are skipped; once a word is taken, a verb ends the phrase.
pub fn np_before(t: &[Token], j: usize, stop_at_verbs: bool) -> String {
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
        let l = lw(tok);
        if l == "of" && !words.is_empty() && k >= 2 && t[k - 2].kind == Kind::Word && !is(DETERMINERS, &t[k - 2]) && !is(PREPOSITIONS, &t[k - 2]) {
            words.push(tok);
            k -= 1;
            continue;
        }
        if is(DETERMINERS, tok) || is(PREPOSITIONS, tok) || is(CONJUNCTIONS, tok) || is(AUXILIARIES, tok) || is(ADVERBS, tok) {
            break;
        }
        if stop_at_verbs && verbish(tok) && !words.is_empty() {
            break;
        }
        words.push(tok);
        k -= 1;
    }
    words.reverse();
    while words.first().is_some_and(|w| w.is("of")) {
        words.remove(0);
    }
    join(&words)
}

/// The verb phrase before "by" at `j` ("reduce extraction process emissions").
pub fn vp_before(t: &[Token], j: usize) -> String {
    let mut k = j;
    let mut words: Vec<&Token> = Vec::new();
    while k > 0 {
        let tok = &t[k - 1];
        if tok.kind != Kind::Word || words.len() >= 7 {
            break;
        }
        let l = lw(tok);
        let inner = matches!(l.as_str(), "of" | "and" | "the" | "its" | "their");
        if !inner && (is(PREPOSITIONS, tok) || is(CONJUNCTIONS, tok) || is(AUXILIARIES, tok) || is(DETERMINERS, tok)) {
            break;
        }
        if l == "to" {
            break;
        }
        words.push(tok);
        k -= 1;
    }
    words.reverse();
    while words.first().is_some_and(|w| matches!(w.lower().as_str(), "of" | "and" | "the" | "its" | "their")) {
        words.remove(0);
    }
    join(&words)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Neutral,
}

/// A rough tense of the sentence's statement.
pub fn tense(t: &[Token]) -> Tense {
    let ws: Vec<String> = t.iter().filter(|x| x.kind == Kind::Word).map(|x| x.lower()).collect();
    let has = |w: &str| ws.iter().any(|x| x == w);
    let pair = |a: &str, b: &str| ws.windows(2).any(|p| p[0] == a && p[1] == b);
    let future = has("will") || has("upcoming") || has("scheduled") || pair("plans", "to") || pair("plan", "to")
        || pair("aims", "to") || pair("intends", "to") || pair("expected", "to") || pair("set", "to")
        || pair("is", "to") || pair("are", "to") || pair("going", "to") || pair("due", "to") || has("forecast")
        || has("projected") || has("planned") || has("intends") || has("slated") || has("coming") || pair("by", "the");
    let past = has("was") || has("were") || has("had") || has("did") || has("ago") || has("said")
        || ws.iter().any(|w| w.len() > 4 && w.ends_with("ed") && !matches!(w.as_str(), "scheduled" | "expected" | "planned" | "projected" | "needed" | "based" | "proposed"));
    match (future, past) {
        (true, _) => Tense::Future,
        (false, true) => Tense::Past,
        _ => Tense::Neutral,
    }
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
        assert_eq!(vp_before(&t, 8), "increases selective extraction of dysprosium and terbium");
    }

    #[test]
    fn tenses() {
        assert_eq!(tense(&tokenize("Japan said Monday it retrieved mud")), Tense::Past);
        assert_eq!(tense(&tokenize("Japan plans to test in January")), Tense::Future);
        assert_eq!(tense(&tokenize("Costs are high")), Tense::Neutral);
    }
}
