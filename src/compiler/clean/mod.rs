//! Stage 2, clean: turn an article body into blocks of prose (paragraphs,
//! list items, headings) and tables, with Markdown syntax and page chrome
//! removed. Chrome (menus, cookie notices, donation appeals, "Also read"
//! links, share and comment prompts, bylines, author biographies, tables of
//! contents, reference lists) never reaches the extractors.

use super::lexicon;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

pub mod markup;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A short line without sentence punctuation: a title or section heading.
    Heading,
    Paragraph,
    ListItem,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// 1-based line in the file where the block starts.
    pub line: usize,
}

/// A pipe table: its header and rows, each row with its line text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<TableRow>,
    /// The heading or sentence just before the table, if any.
    pub caption: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub cells: Vec<String>,
    /// The row as it stands in the article (the fact's source sentence).
    pub text: String,
    pub line: usize,
}

/// A removed line and why, for tests and `--explain`-style debugging.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub line: usize,
    pub reason: &'static str,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub blocks: Vec<Block>,
    pub tables: Vec<Table>,
    pub removed: Vec<Removed>,
    /// The news agency of a dateline ("OSLO, Feb 16 (Reuters) -"), if any.
    pub agency: Option<String>,
    /// The dateline before the agency ("OSLO, Feb 16"), if any.
    pub dateline: Option<String>,
    /// The block the dateline opened (its story's first paragraph).
    pub dateline_block: Option<usize>,
}

impl Cleaned {
    /// The prose blocks that may yield facts (not headings).
    pub fn prose(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind != BlockKind::Heading)
    }
}

/// A line after Markdown line syntax is read.
#[derive(Debug, Clone)]
struct Line {
    no: usize,
    text: String,
    heading: bool,
    bullet: bool,
    blank: bool,
    table: bool,
}

fn phrases() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(lexicon::CHROME_PHRASES)
            .expect("chrome phrases compile")
    })
}

/// Clean an article body. `first_line` is the 1-based file line of the body's
/// first line (after front matter).
pub fn clean(body: &str, first_line: usize, markdown: bool) -> Cleaned {
    let mut out = Cleaned::default();
    // Raw tags, character references, and paragraphs run together by them.
    let body = markup::strip(body);
    let body: std::borrow::Cow<str> = if markup::may_be_joined(&body) {
        body.lines()
            .map(markup::unjoin)
            .collect::<Vec<_>>()
            .join("\n")
            .into()
    } else {
        body
    };
    let lines = read_lines(&body, first_line, markdown);
    let lines = take_tables(lines, &mut out.tables);
    let kept = strip_chrome(lines, &mut out.removed);
    out.blocks = join_blocks(kept);
    // The dateline opens the first paragraph of the story, after any caption
    // or timestamp the chrome rules left.
    if let Some((at, first)) = out
        .blocks
        .iter_mut()
        .enumerate()
        .filter(|(_, b)| b.kind != BlockKind::Heading)
        .take(4)
        .find(|(_, b)| strip_dateline(&b.text).is_some())
    {
        if let Some((rest, agency)) = strip_dateline(&first.text) {
            out.dateline_block = Some(at);
            let head = first.text[..first.text.len() - rest.len()].to_string();
            out.removed.push(Removed {
                line: first.line,
                reason: "dateline",
                text: head.clone(),
            });
            let place = head
                .split(['(', '-', '–', '—', ':'])
                .next()
                .unwrap_or("")
                .trim()
                .trim_end_matches(',')
                .to_string();
            out.dateline = (!place.is_empty()).then_some(place);
            first.text = rest.to_string();
            out.agency = agency;
        }
    }
    out
}

/// A dateline before the first sentence: "OSLO, Feb 16 (Reuters) - ",
/// "KINSHASA — ", "WASHINGTON, D.C., March 3 (AP) —", "Port Sudan (AFP) – ",
/// "(Bloomberg) -- ", "New Delhi: ", "CHENNAI: ". Returns the text after it
/// and the agency named in parentheses.
pub fn strip_dateline(text: &str) -> Option<(&str, Option<String>)> {
    dash_dateline(text)
        .or_else(|| colon_dateline(text))
        .or_else(|| agency_dateline(text))
}

/// A dateline that ends with its agency, as Indian wires write it: "NEW
/// DELHI, Nov 5 (PTI) Railway stations were packed …", "Mumbai, May 3 (IANS)
/// The index rose". The place in capitals or a date after a comma (not
/// "Tesla (TSLA) Chief Executive …"), and a capital after the agency.
fn agency_dateline(text: &str) -> Option<(&str, Option<String>)> {
    let close = text.char_indices().take(80).find(|&(_, c)| c == ')')?.0;
    let (head, agency) = agency_of(&text[..=close])?;
    let rest = text[close + 1..].strip_prefix(' ')?.trim_start();
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let (place, date) = head.split_once(',').unwrap_or((head, ""));
    let place = place.trim();
    let dated = date
        .split_whitespace()
        .any(|w| lexicon::month(w.trim_end_matches('.')).is_some());
    // An agency is one word ("PTI", "IANS"), not a ticker ("BHP.AX") nor an expansion.
    let one_word = agency.chars().all(char::is_alphabetic);
    (dated && one_word && dateline_place(place, true)).then_some((rest, Some(agency)))
}

/// "(Reuters)": an agency's name in parentheses at the end of `head`;
/// German-language agencies write theirs in lower case ("(dpa)", "(epd)").
fn agency_of(head: &str) -> Option<(&str, String)> {
    let lower_case_agency =
        |a: &str| (2..=5).contains(&a.len()) && a.chars().all(|c| c.is_ascii_lowercase());
    match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((h, a))
            if !a.is_empty()
                && a.len() <= 30
                && (a.chars().next().is_some_and(char::is_uppercase) || lower_case_agency(a)) =>
        {
            Some((h.trim_end(), a.to_string()))
        }
        _ => None,
    }
}

/// Is this the place of a dateline? In capitals ("OSLO", "NUSA DUA"), or in
/// capitalized words the gazetteer knows ("New Delhi"), or any capitalized
/// words when an agency follows ("Port Sudan (AFP)").
fn dateline_place(place: &str, agency: bool) -> bool {
    // "HANOI/NEW DELHI", "LONDON/PARIS": a story filed from two places.
    if let Some((a, b)) = place.split_once('/') {
        return dateline_place(a.trim(), agency) && dateline_place(b.trim(), agency);
    }
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3
        || place
            .chars()
            .any(|c| !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-')))
    {
        return false;
    }
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalized = words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    letters.iter().all(|c| c.is_uppercase())
        || capitalized
            && (agency || crate::compiler::gazetteer::place(place).is_some_and(|p| !p.common_word))
}

/// A month and a day, either way round ("May 19", "19 May", "Sept. 3").
fn date_alone(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let day = |w: &str| w.len() <= 2 && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let month = |w: &str| lexicon::month(w.trim_end_matches('.')).is_some();
    matches!(words[..], [a, b] if month(a) && day(b) || day(a) && month(b))
}

/// A dateline that ends in a dash: "OSLO, Feb 16 (Reuters) - ", "(Bloomberg) -- ".
fn dash_dateline(text: &str) -> Option<(&str, Option<String>)> {
    // The dash after a space: not the hyphen of "CLUJ-NAPOCA" or "WINSTON-SALEM".
    let dash = text
        .char_indices()
        .take(80)
        .find(|&(i, c)| matches!(c, '-' | '–' | '—') && text[..i].ends_with(' '))?;
    let (head, tail) = text.split_at(dash.0);
    let tail = &tail[dash.1.len_utf8()..];
    // "--" stands for a dash.
    let tail = if dash.1 == '-' {
        tail.strip_prefix('-').unwrap_or(tail)
    } else {
        tail
    };
    let rest = tail.strip_prefix(' ')?;
    if !head.ends_with(' ') || rest.is_empty() {
        return None;
    }
    let head = head.trim_end();
    let (head, agency) = match agency_of(head) {
        Some((h, a)) => (h, Some(a)),
        None => (head, None),
    };
    // "(Bloomberg) -- Oil rose": the agency alone; "May 19 (Reuters) - The U.S. …": the
    // agency after a date alone.
    if agency.is_some() && (head.is_empty() || date_alone(head)) {
        return Some((rest.trim_start(), agency));
    }
    let place = head.split(',').next().unwrap_or("").trim();
    dateline_place(place, agency.is_some()).then(|| (rest.trim_start(), agency))
}

/// A dateline that ends in a colon, as South Asian papers write it: "New
/// Delhi: Thirteen people…", "CHENNAI: Yashasvi Jaiswal…", "MUMBAI, May 3:".
fn colon_dateline(text: &str) -> Option<(&str, Option<String>)> {
    let colon = text.char_indices().take(40).find(|&(_, c)| c == ':')?.0;
    let rest = text[colon + 1..].strip_prefix(' ')?.trim_start();
    if !rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    let head = text[..colon].trim();
    let (head, agency) = match agency_of(head) {
        Some((h, a)) => (h, Some(a)),
        None => (head, None),
    };
    let place = head.split(',').next().unwrap_or("").trim();
    let known = crate::compiler::gazetteer::place(place).is_some_and(|p| !p.common_word);
    (known && dateline_place(place, agency.is_some())).then_some((rest, agency))
}

/// Read line syntax: headings, bullets, block quotes, fences, rules.
fn read_lines(body: &str, first_line: usize, markdown: bool) -> Vec<Line> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for (i, raw) in body.lines().enumerate() {
        let no = first_line + i;
        let t = raw.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            out.push(Line {
                no,
                text: String::new(),
                heading: false,
                bullet: false,
                blank: true,
                table: false,
            });
            continue;
        }
        if in_fence || t.is_empty() || is_rule(t) || (markdown && is_link_definition(t)) {
            out.push(Line {
                no,
                text: String::new(),
                heading: false,
                bullet: false,
                blank: true,
                table: false,
            });
            continue;
        }
        let table = t.starts_with('|') && t.matches('|').count() >= 2;
        let mut text = t;
        let mut heading = false;
        let mut bullet = false;
        if let Some(rest) = strip_heading(text) {
            text = rest;
            heading = true;
        }
        while let Some(rest) = text.strip_prefix('>') {
            text = rest.trim_start();
        }
        if !table {
            if let Some(rest) = strip_bullet(text) {
                text = rest;
                bullet = true;
            }
        }
        let text = if markdown && !table {
            strip_inline_markdown(text)
        } else {
            text.to_string()
        };
        let text = text.trim().to_string();
        let blank = text.is_empty();
        out.push(Line {
            no,
            text,
            heading,
            bullet,
            blank,
            table,
        });
    }
    out
}

fn is_rule(t: &str) -> bool {
    let c: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    c.len() >= 3
        && (c.chars().all(|c| c == '-')
            || c.chars().all(|c| c == '_')
            || c.chars().all(|c| c == '*')
            || c.chars().all(|c| c == '='))
}

fn is_link_definition(t: &str) -> bool {
    t.starts_with('[') && t.contains("]:") && !t.contains(' ')
        || (t.starts_with('[') && t.contains("]: http"))
}

fn strip_heading(t: &str) -> Option<&str> {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) {
        let rest = &t[hashes..];
        if rest.starts_with(' ') {
            return Some(rest.trim().trim_end_matches('#').trim());
        }
    }
    None
}

fn strip_bullet(t: &str) -> Option<&str> {
    for m in ["- ", "* ", "+ ", "• ", "· ", "– ", "▪ ", "◦ "] {
        if let Some(rest) = t.strip_prefix(m) {
            return Some(rest.trim_start());
        }
    }
    if t.starts_with('•') {
        return Some(t.trim_start_matches('•').trim_start());
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            // "1. Text" is a list item; "2025. Text" is not (4 digits excluded above).
            return Some(r.trim_start());
        }
    }
    None
}

/// Remove inline Markdown: images, links (keeping their text), emphasis
/// markers, inline code ticks and HTML tags.
pub fn strip_inline_markdown(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // ![alt](url) → nothing;  [text](url) or [text][ref] → text
        if c == '!' && chars.get(i + 1) == Some(&'[') {
            if let Some(end) = link_end(&chars, i + 1) {
                i = end;
                continue;
            }
        }
        if c == '[' {
            if let Some(end) = link_end(&chars, i) {
                let close = chars[i..]
                    .iter()
                    .position(|&c| c == ']')
                    .map(|p| i + p)
                    .unwrap_or(i);
                out.extend(&chars[i + 1..close]);
                i = end;
                continue;
            }
        }
        if c == '<' {
            // <http://…> autolinks and HTML tags
            if let Some(p) = chars[i..].iter().position(|&c| c == '>') {
                let inner: String = chars[i + 1..i + p].iter().collect();
                let tag = inner.starts_with('/')
                    || inner.split_whitespace().next().is_some_and(|w| {
                        w.chars().all(|c| c.is_ascii_alphanumeric()) && !w.is_empty()
                    });
                if inner.starts_with("http") || (tag && !inner.contains('<')) {
                    i += p + 1;
                    continue;
                }
            }
        }
        if c == '`' {
            i += 1;
            continue;
        }
        if matches!(c, '*' | '_') {
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let prev = if i == 0 { ' ' } else { chars[i - 1] };
            let next = chars.get(i + run).copied().unwrap_or(' ');
            let opening =
                !next.is_whitespace() && (prev.is_whitespace() || "([\"“'".contains(prev));
            let closing =
                !prev.is_whitespace() && (next.is_whitespace() || ".,;:!?)]\"”'".contains(next));
            if run <= 3
                && (opening || closing)
                && !(c == '_' && prev.is_alphanumeric() && next.is_alphanumeric())
            {
                i += run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// If `[` at `i` starts `[text](url)` or `[text][ref]`, the index after it.
fn link_end(chars: &[char], i: usize) -> Option<usize> {
    let close = i + chars[i..].iter().position(|&c| c == ']')?;
    match chars.get(close + 1) {
        Some('(') => Some(close + 2 + chars[close + 2..].iter().position(|&c| c == ')')? + 1),
        Some('[') => Some(close + 2 + chars[close + 2..].iter().position(|&c| c == ']')? + 1),
        _ => None,
    }
}

fn split_cells(t: &str) -> Vec<String> {
    let t = t.trim().trim_start_matches('|').trim_end_matches('|');
    t.split('|')
        .map(|c| strip_inline_markdown(c.trim()).trim().to_string())
        .collect()
}

fn is_separator_row(t: &str) -> bool {
    let cells = split_cells(t);
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim();
            !c.is_empty() && c.contains('-') && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))
        })
}

/// Take pipe tables (header, separator, rows) out of the lines.
fn take_tables(lines: Vec<Line>, tables: &mut Vec<Table>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    // GitHub tables may leave out the outer pipes ("A | B" over ":--- | ---:");
    // such a table is only recognized by its separator row.
    let piped = |l: &Line| l.table || (!l.blank && !l.heading && l.text.contains('|'));
    while i < lines.len() {
        let is_table = piped(&lines[i])
            && lines
                .get(i + 1)
                .is_some_and(|l| piped(l) && is_separator_row(&l.text));
        if !is_table {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        let header = split_cells(&lines[i].text);
        let caption = out.iter().rev().find(|l| !l.blank).map(|l| l.text.clone());
        let mut rows = Vec::new();
        let mut j = i + 2;
        while j < lines.len() && piped(&lines[j]) {
            let mut cells = split_cells(&lines[j].text);
            cells.resize(header.len(), String::new());
            if cells.iter().any(|c| !c.is_empty()) {
                rows.push(TableRow {
                    cells,
                    text: lines[j].text.clone(),
                    line: lines[j].no,
                });
            }
            j += 1;
        }
        tables.push(Table {
            header,
            rows,
            caption,
        });
        // The table ends the paragraph before it.
        out.push(Line {
            no: lines[i].no,
            text: String::new(),
            heading: false,
            bullet: false,
            blank: true,
            table: false,
        });
        i = j;
    }
    out
}

fn words(t: &str) -> Vec<&str> {
    t.split_whitespace().collect()
}

fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '*'));
    t.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Lower case, without leading symbols/emoji and trailing punctuation.
fn normalized(t: &str) -> String {
    trimmed(t).to_lowercase()
}

/// Is this line (or the tail of one) a chrome line of the lexicon, as
/// [`normalized`]? A line too long to be one is not lowered at all: lower
/// case shrinks a text to a third of its bytes at most (the Kelvin sign to "k").
fn is_chrome_line(t: &str) -> bool {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    let longest = *LONGEST.get_or_init(|| {
        lexicon::CHROME_LINES
            .iter()
            .map(|l| l.len())
            .max()
            .unwrap_or(0)
    });
    let raw = trimmed(t);
    raw.len() <= 3 * longest && lexicon::CHROME_LINES.contains(&raw.to_lowercase().as_str())
}

/// [`normalized`] before its lower case.
fn trimmed(t: &str) -> &str {
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "Comments (12)": a count in parentheses does not change what the line is.
    let t = match t
        .trim_end()
        .strip_suffix(')')
        .and_then(|x| x.rsplit_once('('))
    {
        Some((head, count)) if count.chars().all(|c| c.is_ascii_digit()) => head,
        _ => t,
    };
    t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '&')
}

fn is_nav_line(t: &str, w: &[&str]) -> bool {
    // A breadcrumb trail: "Home › Economie › Transport", "News > World > Asia".
    let crumbs: Vec<&str> = t.split(['›', '»', '>', '/']).map(str::trim).collect();
    if crumbs.len() >= 2
        && crumbs.len() <= 8
        && crumbs.iter().all(|c| {
            !c.is_empty()
                && c.split_whitespace().count() <= 3
                && c.chars().next().is_some_and(char::is_uppercase)
        })
        && !t.contains(['.', ','])
    {
        return true;
    }
    if w.len() < 4 || t.contains(['.', '!', '?', ',', ';']) {
        return false;
    }
    if is_menu(t) {
        return true;
    }
    let nav = w
        .iter()
        .filter(|x| {
            lexicon::is_in(
                lexicon::NAV_WORDS,
                x.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''),
            )
        })
        .count();
    let caps = w
        .iter()
        .filter(|x| {
            x.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
        .count();
    nav * 10 >= w.len() * 6 || (caps == w.len() && nav >= 3)
}

/// "Portada | LaLiga | Premier | Serie A | Fichajes | Vídeos": five or more
/// items of at most three words between bars, each opening with a capital,
/// a digit or a letter of a script without case ("… | Lifestyle | 中文"), in
/// any language (the caller has ruled out sentence marks).
fn is_menu(t: &str) -> bool {
    let items: Vec<&str> = t.split(" | ").map(str::trim).collect();
    let opens =
        |c: char| c.is_uppercase() || c.is_ascii_digit() || c.is_alphabetic() && !c.is_lowercase();
    items.len() >= 5
        && items.iter().all(|i| {
            let n = i.split_whitespace().count();
            (1..=3).contains(&n) && i.starts_with(opens)
        })
}

/// "Become a ChessWire Premium member for $4.99 a month", "become an Insider
/// subscriber": a reader asked to join, whatever the site calls the plan.
fn joins_as_member(lower: &str) -> bool {
    if !lower.contains("become a") {
        return false;
    }
    let w: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|x| !x.is_empty())
        .collect();
    // "to become a member of NATO": joining a body, not a site.
    w.windows(2).enumerate().any(|(k, p)| {
        p[0] == "become"
            && matches!(p[1], "a" | "an")
            && (k + 2..(k + 6).min(w.len())).any(|j| {
                matches!(
                    w[j],
                    "member" | "subscriber" | "supporter" | "patron" | "insider" | "donor"
                ) && w.get(j + 1) != Some(&"of")
            })
    })
}

/// How many of the appeal words a line (in lower case) holds.
fn appeal_score(lower: &str) -> usize {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    let ac =
        AC.get_or_init(|| AhoCorasick::new(lexicon::APPEAL_WORDS).expect("appeal words compile"));
    let mut seen = [false; lexicon::APPEAL_WORDS.len()];
    for m in ac.find_overlapping_iter(lower) {
        seen[m.pattern().as_usize()] = true;
    }
    seen.iter().filter(|&&x| x).count()
}

/// "By Jane Doe", "ByJane Doe", "Jane Doe | Saturday, 08 November 2025",
/// "Published: …", "Updated …".
fn is_byline(t: &str, w: &[&str], l: &str) -> bool {
    if w.len() <= 8
        && (l.starts_with("published")
            || l.starts_with("updated")
            || l.starts_with("posted")
            || l.starts_with("last updated")
            || l.starts_with("date:")
            || l.starts_with("date "))
    {
        return true;
    }
    // "Jane Doe | Saturday, 08 November 2025": short parts; not a headline with its site ("Budget deficit narrows as… | Harbour Times").
    if w.len() <= 16
        && t.contains(" | ")
        && !ends_sentence(t)
        && t.split(" | ")
            .all(|part| part.split_whitespace().count() <= 5)
    {
        return true;
    }
    // "Von Lea Hoffmann · Lesezeit: 4 Min.": a byline, then the page's stamps after separators.
    if let Some((head, tail)) = [" · ", " | ", " • "].iter().find_map(|s| {
        t.split_once(s)
            .map(|(h, r)| (h, r.split(s).collect::<Vec<_>>()))
    }) {
        let hw = words(head);
        // "By Anjali Menon | Thiruvananthapuram | Published: 04 May 2026, 06:52 PM IST | …": a
        // stamp may say what it is, and the writer's place may stand before it.
        let stamp = |p: &str| {
            let (p, pw) = (p.trim(), words(p));
            is_timestamp(p, &pw) || is_byline(p, &pw, &p.to_lowercase())
        };
        let place = |p: &str| {
            let pw = words(p);
            (1..=3).contains(&pw.len()) && pw.iter().all(|x| x.starts_with(char::is_uppercase))
        };
        if is_byline(head, &hw, &head.to_lowercase())
            && tail.iter().any(|p| stamp(p))
            && tail.iter().all(|p| stamp(p) || place(p))
        {
            return true;
        }
    }
    // "By Jane Doe", and the same in the main European languages ("Von Jana Müller", "Par Jean Dupont", "Por María García").
    let by = BYLINE_WORDS.iter().find_map(|b| {
        t.strip_prefix(b)
            .filter(|r| *b == "By" || r.starts_with(' '))
    });
    if let Some(rest) = by {
        let rest = rest.trim_start_matches([' ', ':']);
        // "By Hannah Whitcombe, athletics correspondent": a name, then a role in lower case.
        let rest = match rest.split_once(", ") {
            Some((names, role)) if role.starts_with(char::is_lowercase) => {
                let l = role.to_lowercase();
                if words(role).len() > 6 || !lexicon::BIO_ROLES.iter().any(|r| l.contains(r)) {
                    return false;
                }
                names
            }
            _ => rest,
        };
        let names = words(rest);
        return !names.is_empty()
            && names.len() <= 6
            && !ends_sentence(t)
            && names.iter().all(|n| {
                n.chars().next().is_some_and(|c| c.is_uppercase())
                    || lexicon::is_in(
                        &[
                            "and", "in", "for", "of", "und", "et", "y", "e", "en", "de", "van",
                            "der", "den", "von", "da", "dos", "du", "del", "la", "le", "di", "ter",
                        ],
                        n,
                    )
                    || n.starts_with('|')
            });
    }
    false
}

/// Words that open a byline before the author's name, in the main European languages.
const BYLINE_WORDS: &[&str] = &["By", "Von", "Par", "Por", "Di", "Door", "Da", "Av", "Af"];

/// Social networks and words of a row of share or follow buttons.
const SOCIAL_NAMES: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "instagram",
    "telegram",
    "pinterest",
    "reddit",
    "threads",
    "bluesky",
    "tiktok",
    "youtube",
    "flipboard",
    "messenger",
    "email",
    "e-mail",
    "mail",
];
const SHARE_ROW_WORDS: &[&str] = &[
    "share",
    "this",
    "story",
    "article",
    "page",
    "copy",
    "link",
    "print",
    "follow",
    "us",
    "on",
    "via",
    "and",
    "or",
    "teilen",
    "folgen",
    "sie",
    "uns",
    "auf",
    "und",
    "partager",
    "suivez-nous",
    "sur",
    "et",
    "compartir",
    "compartilhe",
    "compartilhar",
    "en",
    "y",
    "síguenos",
    "siguenos",
    "condividi",
    "seguici",
    "su",
    "e",
    "delen",
    "volg",
    "ons",
    "op",
    "siga-nos",
    "no",
    "na",
    "nos",
];

/// A row of share or follow buttons in any of the main European languages:
/// "Share this story: Facebook | Twitter | Email", "Teilen: Facebook Twitter
/// WhatsApp E-Mail", "Condividi su Facebook Condividi su WhatsApp", "Volg ons
/// op Facebook en Instagram" — two social networks or more, and nothing but
/// share and follow words besides.
fn is_share_row(w: &[&str]) -> bool {
    if w.len() > 14 {
        return false;
    }
    let word = |x: &&str| {
        x.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    };
    let social = w
        .iter()
        .filter(|x| lexicon::is_in(SOCIAL_NAMES, &word(x)))
        .count();
    social >= 2
        && w.iter().all(|x| {
            let x = word(x);
            x.is_empty() || lexicon::is_in(SOCIAL_NAMES, &x) || lexicon::is_in(SHARE_ROW_WORDS, &x)
        })
}

/// A line that opens with a prompt to another story or a video ("Watch:
/// Firefighters battle the blaze", "Related: Home prices rise"): short, the
/// prompt then a colon.
fn is_prompt_line(t: &str, wc: usize) -> bool {
    wc <= 16
        && PROMPTS.iter().any(|p| {
            t.get(..p.len()).is_some_and(|w| w.to_lowercase() == *p)
                && t.get(p.len()..).is_some_and(|rest| {
                    rest.trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                        .starts_with(':')
                })
        })
}

/// A biography's first sentence: "<Name> is a distinguished author…".
fn is_bio(t: &str) -> bool {
    let w = words(t);
    let name_len = w
        .iter()
        .take_while(|x| x.chars().next().is_some_and(char::is_uppercase))
        .count();
    if !(1..=4).contains(&name_len) || w.len() < name_len + 3 {
        return false;
    }
    let verb = w[name_len].to_lowercase();
    // The verb in the main European languages too ("Jana Müller ist Redakteurin…", "Jean Dupont est journaliste…").
    if !matches!(
        verb.as_str(),
        "is" | "was"
            | "has"
            | "writes"
            | "covers"
            | "reports"
            | "joined"
            | "ist"
            | "schreibt"
            | "est"
            | "écrit"
            | "es"
            | "escribe"
            | "è"
            | "scrive"
            | "schrijft"
            | "é"
            | "escreve"
    ) {
        return false;
    }
    // "Lotte Verbeek schrijft over werk …": what a writer writes about.
    // (The name opens the line: not "As Krugman writes about tariffs, …".)
    let writes_about = !super::gazetteer::is_common_word(&w[0].to_lowercase())
        && matches!(
            verb.as_str(),
            "writes" | "schreibt" | "écrit" | "escribe" | "scrive" | "schrijft" | "escreve"
        )
        && matches!(
            w[name_len + 1].to_lowercase().as_str(),
            "about" | "on" | "über" | "sur" | "sobre" | "di" | "su" | "over"
        );
    let head = w[..w.len().min(25)].join(" ").to_lowercase();
    writes_about || lexicon::BIO_ROLES.iter().any(|r| head.contains(r))
}

/// Whether the person a biography opens with ("Jane Roe is…") wrote the page:
/// named in a byline removed above, or the page has none to say.
fn writes_here(bio: &str, removed: &[Removed]) -> bool {
    let mut bylines = removed.iter().filter(|r| r.reason == "byline").peekable();
    if bylines.peek().is_none() {
        return true;
    }
    let name: Vec<&str> = bio
        .split_whitespace()
        .take_while(|x| x.starts_with(char::is_uppercase))
        .collect();
    let last = name
        .last()
        .map_or("", |x| x.trim_end_matches([',', '\'', '’']));
    bylines.any(|r| r.text.contains(last))
}

fn is_toc_heading(n: &str) -> bool {
    matches!(
        n,
        "table of contents"
            | "contents"
            | "in this article"
            | "on this page"
            | "jump to"
            | "in this story"
    )
}

fn is_reference_heading(n: &str) -> bool {
    matches!(
        n,
        "sources & references" | "sources and references" | "references" | "sources" | "further reading" | "related articles" | "related stories"
            | "read more" | "more stories" | "notes" | "bibliography" | "most read" | "most popular" | "most viewed" | "trending" | "trending now"
            | "recommended" | "recommended for you" | "you may also like" | "you might also like" | "top stories" | "latest news" | "latest stories"
            | "editor's picks" | "editors' picks" | "more on this story" | "related" | "related content" | "popular" | "what to read next" | "read next"
            | "more on this topic" | "more on this" | "more news" | "you may have missed"
            // The same in the main European languages.
            | "lo más leído" | "lo más visto" | "lo más popular" | "más leídas" | "más leídos" | "noticias relacionadas" | "te puede interesar" | "también te puede interesar"
            | "les plus lus" | "les plus lues" | "les plus partagés" | "sur le même sujet" | "à lire aussi" | "articles liés" | "à lire également"
            | "meistgelesen" | "meistgelesene artikel" | "am meisten gelesen" | "mehr zum thema" | "das könnte sie auch interessieren" | "ähnliche artikel"
            | "i più letti" | "più letti" | "più lette" | "articoli correlati" | "leggi anche" | "potrebbe interessarti" | "meest gelezen" | "gerelateerde artikelen"
            | "lees ook" | "mais lidas" | "mais lidos" | "notícias relacionadas" | "veja também" | "leia também"
            // "More news" and "latest" lists in the same languages.
            | "weitere artikel" | "mehr artikel" | "mehr aus dem ressort" | "mehr nachrichten" | "neueste artikel" | "aktuelle nachrichten" | "das könnte sie interessieren"
            | "autres articles" | "dans la même rubrique" | "dernières actualités" | "à la une" | "à lire" | "otras noticias" | "más noticias" | "últimas noticias"
            | "lo último" | "altre notizie" | "ultime notizie" | "leggi altro" | "meer nieuws" | "ook interessant" | "laatste nieuws" | "mais notícias"
            | "últimas notícias" | "leia mais"
            // The Nordic languages, Polish and Czech.
            | "mest läst" | "mest lästa" | "mest delade" | "läs också" | "läs mer" | "relaterade artiklar" | "mest læst" | "mest læste" | "mest lest" | "mest leste" | "mest delte" | "læs også" | "les også"
            | "luetuimmat" | "luetuimmat uutiset" | "lue myös" | "najczęściej czytane" | "najpopularniejsze" | "czytaj także" | "czytaj też" | "zobacz także"
            | "podobne artykuły" | "nejčtenější" | "čtěte také" | "související články" | "mest lesið" | "mest lesnar fréttir" | "lestu einnig"
            // Afrikaans.
            | "mees gelees" | "meeste gelees" | "verwante artikels" | "verwante artikel" | "meer nuus" | "nuutste nuus"
            // Welsh and Slovenian.
            | "mwyaf poblogaidd" | "mwyaf darllen" | "darllenwch fwy" | "straeon eraill" | "najbolj brano" | "najbolj brane" | "preberite tudi" | "preberite še"
            // The writer's biography under its heading ("Over de auteur"), in the same languages.
            | "about the author" | "about the writer" | "über den autor" | "über die autorin" | "à propos de l'auteur" | "sobre el autor" | "sobre la autora"
            | "sobre o autor" | "sobre a autora" | "sull'autore" | "sull'autrice" | "over de auteur" | "over de schrijver" | "om skribenten" | "om forfatteren"
            | "o autorze" | "o autorovi" | "o avtorju" | "am yr awdur"
    )
}

/// A heading in two languages ("Les plus lus / Most read", "Meest gelezen |
/// Most read"): two or three short halves, each a heading of
/// [`is_reference_heading`] (not a breadcrumb: "Home | Latest News | Politics").
fn bilingual_heading(n: &str) -> bool {
    let halves: Vec<&str> = n.split(['/', '|']).map(str::trim).collect();
    (2..=3).contains(&halves.len())
        && halves
            .iter()
            .all(|h| !h.is_empty() && h.split_whitespace().count() <= 5)
        && halves.iter().all(|h| is_reference_heading(h))
}

/// A heading over a list of other stories in words of its own ("Trending
/// Stories", "Most Shared This Week", "Popular Right Now", "Latest
/// Headlines", "Popular on Harbour Times"): at most six words, one of them
/// from [`lexicon::LIST_HEADING_KEYS`], the rest from
/// [`lexicon::LIST_HEADING_WORDS`], or the site's name after "on" or "from"
/// or its section after "in" ("Most viewed in Business").
fn is_list_heading(n: &str) -> bool {
    let w: Vec<&str> = n.split_whitespace().collect();
    if w.is_empty() || w.len() > 6 {
        return false;
    }
    // "popular on harbour times": what follows "on" or "from" is the site; "most viewed in
    // business": what follows "in" is the site's section.
    // ("Read in full: the judge's remarks" is no list's: "in" after a list's word other than
    // "read", before at most two words.)
    let section = |p: usize| w.len() - p - 1 <= 2 && w[..p] != ["read"];
    let site = w
        .iter()
        .position(|x| matches!(*x, "on" | "from" | "at") || *x == "in")
        .filter(|&p| p >= 1 && (w[p] != "in" || section(p)));
    let head = site.map_or(&w[..], |p| &w[..p]);
    // "more from startupwire", "more on this story": more of the site's stories.
    let more_from = site.is_some() && head == ["more"];
    (more_from
        || head
            .iter()
            .any(|x| lexicon::is_in(lexicon::LIST_HEADING_KEYS, x)))
        && head.iter().all(|x| {
            lexicon::is_in(lexicon::LIST_HEADING_KEYS, x)
                || lexicon::is_in(lexicon::LIST_HEADING_WORDS, x)
        })
}

fn is_url_line(w: &[&str]) -> bool {
    w.len() <= 3
        && w.iter()
            .any(|x| x.starts_with("http://") || x.starts_with("https://") || x.starts_with("www."))
}

/// Is this line prose (long enough and ending like a sentence)?
fn is_prose(t: &str) -> bool {
    words(t).len() >= 12 && ends_sentence(t)
}

/// Prompts that lead to other stories, in the main European languages.
const PROMPTS: &[&str] = &[
    "read more",
    "related",
    "also read",
    "read also",
    "see also",
    "read next",
    "recommended",
    "more on this",
    "watch",
    "listen",
    "you may also like",
    "you might also like",
    "don't miss",
    "must read",
    "trending",
    "more",
    "explore more",
    "lire aussi",
    "à lire aussi",
    "lire la suite",
    "voir aussi",
    "à voir aussi",
    "lire également",
    "à lire également",
    "sur le même sujet",
    "à découvrir",
    "leer más",
    "lee también",
    "lea también",
    "ver también",
    "te puede interesar",
    "también te puede interesar",
    "te recomendamos",
    "mira también",
    "relacionado",
    "relacionada",
    "relacionadas",
    "noticia relacionada",
    "lesen sie auch",
    "lesen sie mehr",
    "mehr zum thema",
    "weiterlesen",
    "auch interessant",
    "das könnte sie auch interessieren",
    "passend dazu",
    "leggi anche",
    "leggi",
    "ti potrebbe interessare",
    "potrebbe interessarti",
    "vedi anche",
    "lees ook",
    "lees meer",
    "lees verder",
    "ook interessant",
    "bekijk ook",
    "leia também",
    "leia mais",
    "veja também",
    "saiba mais",
    "você pode gostar",
    // Spanish as written in Argentina and Uruguay ("Leé también: …").
    "leé también",
    "mirá también",
    // The Nordic languages, Polish and Czech.
    "läs också",
    "läs även",
    "läs mer",
    "se också",
    "læs også",
    "læs mere",
    "les også",
    "les mer",
    "lue myös",
    "lue lisää",
    "lestu einnig",
    "lestu líka",
    "czytaj też",
    "czytaj także",
    "czytaj więcej",
    "zobacz też",
    "zobacz także",
    "čtěte také",
    "přečtěte si také",
    // Welsh and Slovenian.
    "darllenwch fwy",
    "darllenwch hefyd",
    "darllen mwy",
    "preberite tudi",
    "preberite še",
    "več o tem",
];

/// Marks that may stand between a sentence's end and a prompt after it
/// ("…crew.► Read more: …", "…director. >> Related: …", "…down. | Watch: …").
const PROMPT_BULLETS: &[char] = &['►', '▶', '▸', '»', '>', '|', '•', '·', '→'];

/// Where chrome glued after a sentence's end starts: the byte to cut the
/// line at. Three rules, tried at each capital after a sentence's end (a
/// stop or a closing mark), past any spaces and bullets of
/// [`PROMPT_BULLETS`]:
/// - a prompt of [`PROMPTS`] then a colon, `»`, `>` or `|` ("…expected.Related:
///   Home prices…", "…falling. Read more: Why…", "…down. READ MORE | Why…"),
///   or alone at the end of the line right after the stop or a bullet
///   ("…in March.Related");
/// - right after the stop or a bullet, the rest of the line is a chrome line
///   ("…in March.Related Articles") or holds a chrome phrase ("…crew.Ao
///   continuar a navegar, concorda com a utilização de cookies.");
/// - at the end of the line, a short aside in brackets after the stop that
///   ends no sentence of its own ("…said.(Reuters)", "…said. (Photo: AFP)").
///
/// A prompt at the start of a line is left to the line rules.
fn cut_prompt(t: &str, latin_page: bool) -> Option<usize> {
    // A caption with its credit is chrome as a whole (the line rules drop it).
    find_cut(t, latin_page).filter(|_| !is_caption(&words(t), &t.to_lowercase()))
}

fn find_cut(t: &str, latin_page: bool) -> Option<usize> {
    for (k, c) in t.char_indices().skip(1) {
        // On a page in the Latin script, a tail in another script glued after a sentence
        // ("…in Argostoli.Διαβάστε επίσης: …") is the site's, whatever it says.
        let foreign = latin_page && c.is_alphabetic() && !is_latin(c);
        if !c.is_uppercase() && !foreign {
            continue;
        }
        let before =
            t[..k].trim_end_matches(|c: char| c.is_whitespace() || PROMPT_BULLETS.contains(&c));
        // After a full stop, or a quotation closed by a mark of either kind ("…one.'Read More: …").
        if before.is_empty() || !before.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')']) {
            continue;
        }
        let gap = &t[before.len()..k];
        let close = gap.is_empty() || gap.chars().any(|c| PROMPT_BULLETS.contains(&c));
        let tail = &t[k..];
        let prompt = PROMPTS.iter().any(|p| {
            // "Lire aussi : …": French sets a space before the colon.
            let rest = tail
                .get(p.len()..)
                .map(|r| r.trim_start_matches([' ', '\u{a0}', '\u{202f}']));
            tail.get(..p.len()).is_some_and(|w| {
                if w.is_ascii() {
                    w.eq_ignore_ascii_case(p)
                } else {
                    w.to_lowercase() == *p
                }
            }) && rest.is_some_and(|r| r.starts_with([':', '»', '>', '|']) || close && r.is_empty())
        });
        // Chrome glued on: after a sentence of two words or more (a stop ends it, not a mark that
        // opens the next: "…Verbeek. “A strike…"), in the tail's first sentence.
        let chrome_tail = || {
            let stop = before
                .trim_end_matches(['"', '”', '’', '\'', ')'])
                .ends_with(['.', '!', '?']);
            let first = tail
                .match_indices(['.', '!', '?'])
                .map(|(i, _)| i + 1)
                .find(|&i| tail[i..].starts_with(char::is_whitespace))
                .map_or(tail, |i| &tail[..i]);
            stop && before.split_whitespace().nth(1).is_some()
                && (is_chrome_line(tail) || phrases().find(first).is_some())
        };
        let foreign_tail = || foreign && in_other_script(tail) && !in_other_script(before);
        if prompt || foreign_tail() || close && chrome_tail() {
            return Some(before.len());
        }
    }
    bracket_tail(t)
}

/// "…, Campbell said.(Reuters)", "…at sea. (Photo: AFP)": a bracket of at
/// most six words closing the line after a sentence's end, ending no
/// sentence inside: the byte it starts at (after the stop).
fn bracket_tail(t: &str) -> Option<usize> {
    let body = t.trim_end().strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = &body[open + 1..];
    let before = t[..open].trim_end();
    let short =
        !inner.is_empty() && inner.split_whitespace().count() <= 6 && !inner.contains(['(', ')']);
    (short
        && before.ends_with(['.', '!', '?', '"', '”'])
        && !inner.trim_end().ends_with(['.', '!', '?']))
    .then_some(before.len())
}

/// A photo caption or credit line: "Photo: AFP/Jane Smith. Kessler
/// celebrates…", "Crowds outside the court. AFP/May Tse", "(AP Photo/Name)".
fn is_caption(w: &[&str], l: &str) -> bool {
    if w.len() > 45 {
        return false;
    }
    // "Photo : AFP", "Crédit photo : …": French sets a space before the colon.
    let l: &str = &if l.contains(" :") {
        std::borrow::Cow::Owned(l.replace(" :", ":"))
    } else {
        std::borrow::Cow::Borrowed(l)
    };
    // A label of a caption or credit anywhere in the line, in one pass.
    static LABELS: OnceLock<AhoCorasick> = OnceLock::new();
    let labeled = LABELS
        .get_or_init(|| {
            AhoCorasick::new([
                "photo:",
                "photograph:",
                "image:",
                "picture:",
                "credit:",
                "foto:",
                "bild:",
                "photo credit",
                "(photo",
                "photo by",
                "image by",
                "crédit photo",
                "crédits photo",
                "créditos:",
                "crédito:",
            ])
            .expect("caption labels compile")
        })
        .is_match(l);
    if labeled {
        return true;
    }
    // "AFP/May Tse", "REUTERS/John Doe", "EPA-EFE/Name", "AP Photo/Name": an agency in capitals, a slash, a name.
    let credit = w.iter().any(|x| {
        let Some((agency, name)) = x.trim_matches(['(', ')']).split_once('/') else {
            return false;
        };
        let agency_caps =
            agency.len() >= 2 && agency.chars().all(|c| c.is_ascii_uppercase() || c == '-');
        // (Not "HANOI/NEW DELHI": two places of a dateline, both in capitals.)
        agency_caps
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().any(char::is_lowercase)
            && !name.contains('/')
    }) || l.contains("getty images")
        || l.contains(" photo/")
        || l.contains("(photo/")
        || l.starts_with("photo/");
    credit || named_credit(l)
}

/// Photo agencies and picture desks, as credits name them after a
/// photographer ("Jane Smith/Reuters", "Graham Hughes/The Canadian Press").
const CREDIT_AGENCIES: &[&str] = &[
    "reuters",
    "afp",
    "ap",
    "getty images",
    "getty",
    "epa",
    "epa-efe",
    "efe",
    "anp",
    "ansa",
    "dpa",
    "pa",
    "pa wire",
    "pa images",
    "bloomberg",
    "shutterstock",
    "alamy",
    "xinhua",
    "kyodo",
    "yonhap",
    "lusa",
    "aap",
    "the canadian press",
    "canadian press",
    "picture alliance",
    "picture-alliance",
    "imago",
    "sipa",
    "belga",
    "abaca",
    "zuma",
    "zuma press",
    "nurphoto",
    "tass",
    "bloomberg via getty images",
    "afp via getty images",
    "keystone",
    "kyodo news",
    "agência brasil",
    "europa press",
    "lapresse",
];

/// A credit that ends the line: a capitalized name, a slash and an agency of
/// [`CREDIT_AGENCIES`] ("Crowds outside the court. Jane Smith/Reuters").
/// `l` is the line in lower case.
fn named_credit(l: &str) -> bool {
    let Some((head, agency)) = l
        .trim_end()
        .trim_end_matches(['.', ')', ']'])
        .rsplit_once('/')
    else {
        return false;
    };
    let agency = agency.trim();
    CREDIT_AGENCIES.contains(&agency)
        && head.ends_with(|c: char| c.is_alphabetic())
        && head.split_whitespace().count() >= 2
}

/// A line that only gives when the page was published: "Sunday, 1
/// February 2026 - 11:48pm AEDT", "29-04-2026 | 14:20", "Published: 25 Feb
/// 2026, 4:15pm HKT".
fn is_timestamp(t: &str, w: &[&str]) -> bool {
    if w.is_empty() || w.len() > 14 || ends_sentence(t) && w.len() > 8 {
        return false;
    }
    let filler = |x: &str| {
        let x = x.trim_matches(|c: char| !c.is_alphanumeric());
        let l = x.to_lowercase();
        x.is_empty()
            || x.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-'))
            || lexicon::month(x).is_some()
            || lexicon::weekday(x).is_some()
            || matches!(l.as_str(), "am" | "pm" | "published" | "updated" | "posted" | "last" | "modified" | "on" | "at" | "gmt" | "utc" | "ist" | "cet" | "cest")
            || lexicon::is_in(lexicon::TIMESTAMP_WORDS, &l)
            || lexicon::foreign_month(&l).is_some()
            // "GMT+1", "UTC-5": a zone with its offset.
            || l.split_once(['+', '-']).is_some_and(|(z, o)| matches!(z, "gmt" | "utc") && o.chars().all(|c| c.is_ascii_digit() || c == ':'))
            // "07h32", "9h": the French way of writing a time.
            || l.split_once('h').is_some_and(|(h, m)| (1..=2).contains(&h.len()) && h.chars().all(|c| c.is_ascii_digit()) && m.len() <= 2 && m.chars().all(|c| c.is_ascii_digit()))
            || l.trim_end_matches(['a', 'p']).trim_end_matches('m').chars().all(|c| c.is_ascii_digit() || c == ':') && l.chars().any(|c| c.is_ascii_digit())
            || (2..=5).contains(&x.len()) && x.chars().all(|c| c.is_ascii_uppercase()) && x.ends_with('T')
    };
    let has_digit = t.chars().any(|c| c.is_ascii_digit());
    has_digit && w.iter().all(|x| filler(x))
}

/// Wire-service boilerplate ("This report by The Canadian Press was first
/// published…", "Our Standards: The Thomson Reuters Trust Principles.",
/// "--With assistance from …", "— With files from …", "Note to readers: …"):
/// a line that opens with one of [`lexicon::WIRE_LINE_STARTS`].
fn is_wire_line(lower: &str, wc: usize) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .start_kind(aho_corasick::StartKind::Anchored)
            .match_kind(MatchKind::LeftmostFirst)
            .build(lexicon::WIRE_LINE_STARTS)
            .expect("wire lines compile")
    });
    let l = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "This report by The Canadian Press was first published March 25, 2026."
    let tagline = ["this report ", "this story ", "this article "]
        .iter()
        .any(|p| l.starts_with(p))
        && [" first published", " originally published", " was produced"]
            .iter()
            .any(|p| l.contains(p));
    // "AP Business Writers Jun Hashimoto in Tokyo and Tom Kilbride in London
    // contributed.": a credit to reporters that ends in "contributed".
    // ("Reporters Without Borders said the arrests had contributed." is prose.)
    let credit = l.trim_end_matches(['.', ' ']).ends_with(" contributed")
        && !l.contains(" said ")
        && l.split_whitespace().take(4).any(|w| {
            matches!(
                w,
                "writer"
                    | "writers"
                    | "journalist"
                    | "journalists"
                    | "reporter"
                    | "reporters"
                    | "correspondent"
                    | "correspondents"
                    | "photographer"
                    | "producer"
            )
        });
    wc <= 60
        && (tagline
            || credit
            || ac
                .find(aho_corasick::Input::new(l).anchored(aho_corasick::Anchored::Yes))
                .is_some())
}

/// A sign-off line: an agency desk's initials ("str-kir/bha/jsa"), or a
/// short line giving a reporter's e-mail ("Carla Mendes in London at
/// cmendes12@bloomberg.net").
fn is_sign_off(t: &str, w: &[&str]) -> bool {
    let slug = w.len() <= 2
        && t.contains('/')
        && t.chars()
            .all(|c| c.is_ascii_lowercase() || matches!(c, '/' | '-' | ' '))
        && t.split(['/', '-', ' ']).all(|x| (2..=5).contains(&x.len()));
    let mail = w.len() <= 16
        && w.iter().any(|x| {
            x.trim_end_matches(['.', ',', ';', ')'])
                .split_once('@')
                .is_some_and(|(u, d)| !u.is_empty() && d.contains('.') && !d.ends_with('.'))
        });
    slug || mail
}

/// A newsletter sign-up line in the main European languages: "Sign up to
/// The Long Run: our free weekly running newsletter, every Friday.",
/// "Recevez notre newsletter Afrique chaque matin".
fn is_sign_up(lower: &str, wc: usize) -> bool {
    static AC: OnceLock<(AhoCorasick, AhoCorasick)> = OnceLock::new();
    let (news, sign) = AC.get_or_init(|| {
        (
            AhoCorasick::new(lexicon::NEWSLETTER_WORDS).expect("newsletter words compile"),
            AhoCorasick::new(lexicon::SIGN_UP_WORDS).expect("sign-up words compile"),
        )
    });
    wc <= 35 && news.is_match(lower) && sign.is_match(lower)
}

/// Why a single line is chrome, if it is.
fn chrome_reason(l: &Line, total: usize) -> Option<&'static str> {
    let t = l.text.as_str();
    // The line's words and its lower case, once, for every rule below.
    let w = words(t);
    let lower = t.to_lowercase();
    let wc = w.len();
    if is_caption(&w, &lower) {
        return Some("caption");
    }
    if is_timestamp(t, &w) {
        return Some("timestamp");
    }
    if is_chrome_line(t) {
        return Some("chrome line");
    }
    if is_nav_line(t, &w) {
        return Some("navigation");
    }
    if is_byline(t, &w, &lower) {
        return Some("byline");
    }
    if is_url_line(&w) {
        return Some("link");
    }
    if is_wire_line(&lower, wc) {
        return Some("wire boilerplate");
    }
    if is_sign_off(t, &w) {
        return Some("sign-off");
    }
    if is_sign_up(&lower, wc) {
        return Some("sign-up");
    }
    if is_share_row(&w) {
        return Some("share row");
    }
    if is_prompt_line(t, wc) {
        return Some("prompt");
    }
    if !ends_sentence(t)
        && t.split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with('#') && w.len() > 1)
    {
        return Some("hashtag embed");
    }
    let phrase = phrases().find(t).is_some();
    // Counted only when a rule below asks.
    let appeal_cell = std::cell::OnceCell::new();
    let appeal = || *appeal_cell.get_or_init(|| appeal_score(&lower));
    if phrase && (wc < 40 || appeal() >= 3) {
        return Some("chrome phrase");
    }
    let opens = |p: &str| lower.starts_with(p) || lower.contains(&format!(". {p}"));
    if wc >= 20 && appeal() >= 5
        || wc < 40 && joins_as_member(&lower) && (appeal() >= 1 || opens("become a"))
    {
        return Some("appeal");
    }
    let _ = total;
    None
}

/// Whether a letter is written in the Latin script (with its accented and
/// extended forms).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{c0}'..='\u{24f}').contains(&c) && c != '\u{d7}' && c != '\u{f7}'
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// Letters of `t` in the Latin script and in any other.
fn script_counts(t: &str) -> (usize, usize) {
    t.chars()
        .filter(|c| c.is_alphabetic())
        .fold(
            (0, 0),
            |(l, o), c| if is_latin(c) { (l + 1, o) } else { (l, o + 1) },
        )
}

/// Most of the letters of `t` are in another script than Latin ("Τα πιο
/// δημοφιλή", "മലയാളം").
fn in_other_script(t: &str) -> bool {
    let (latin, other) = script_counts(t);
    other > latin
}

fn strip_chrome(lines: Vec<Line>, removed: &mut Vec<Removed>) -> Vec<Line> {
    let total = lines.len();
    // A page written mostly in the Latin script: lines in another are the site's (its menus, prompts and
    // most-read lists in the local language), never the article's prose, which the extractors read
    // in English.
    let (latin, other) = lines
        .iter()
        .map(|l| script_counts(&l.text))
        .fold((0, 0), |(a, b), (l, o)| (a + l, b + o));
    let latin_page = latin > other;
    let mut out = Vec::with_capacity(total);
    let mut skipping: Option<&'static str> = None; // a TOC or reference list
    let last_line = lines
        .iter()
        .rev()
        .find(|l| !l.blank)
        .map(|l| l.no)
        .unwrap_or(0);
    let first_line = lines.first().map(|l| l.no).unwrap_or(0);
    for l in lines {
        if l.blank {
            out.push(l);
            continue;
        }
        // "…expected.Related: Home prices rise": a prompt glued after a sentence.
        let l = match cut_prompt(&l.text, latin_page) {
            Some(at) => {
                removed.push(Removed {
                    line: l.no,
                    reason: "prompt",
                    text: l.text[at..].to_string(),
                });
                Line {
                    text: l.text[..at].trim_end().to_string(),
                    ..l
                }
            }
            None => l,
        };
        let n = normalized(&l.text);
        let drop =
            |l: &Line, reason: &'static str, out: &mut Vec<Line>, removed: &mut Vec<Removed>| {
                removed.push(Removed {
                    line: l.no,
                    reason,
                    text: l.text.clone(),
                });
                out.push(Line {
                    blank: true,
                    text: String::new(),
                    ..l.clone()
                });
            };
        if is_toc_heading(&n) {
            skipping = Some("table of contents");
            drop(&l, "table of contents", &mut out, removed);
            continue;
        }
        // "More from WBVN:", "**Most read:**": a colon ends a list's heading as often as nothing
        // does (not "More on the verdict:", which may open a list of the story's own points).
        let heading_text = l.text.trim_end().trim_end_matches(['*', '_']).trim_end();
        let heading_text = match heading_text.strip_suffix(':') {
            Some(h) if !n.starts_with("more on ") => h,
            _ => heading_text,
        };
        if is_reference_heading(&n)
            || bilingual_heading(&n)
            || !ends_sentence(heading_text) && is_list_heading(&n)
        {
            skipping = Some("reference list");
            drop(&l, "reference list", &mut out, removed);
            continue;
        }
        if let Some(reason) = skipping {
            let bio = is_bio(&l.text);
            if !is_prose(&l.text) || bio || chrome_reason(&l, total).is_some() {
                drop(
                    &l,
                    if bio { "author bio" } else { reason },
                    &mut out,
                    removed,
                );
                continue;
            }
            skipping = None;
        }
        if let Some(reason) = chrome_reason(&l, total) {
            drop(&l, reason, &mut out, removed);
            continue;
        }
        if latin_page && in_other_script(&l.text) {
            drop(&l, "other script", &mut out, removed);
            continue;
        }
        // Biographies stand in the last part of the page, and are of its writers: when the page
        // has a byline, a biography names someone in it ("Nhantumbo is the first African-born
        // winner…, the novelist…" is the story's).
        let late =
            last_line > first_line && (l.no - first_line) * 10 >= (last_line - first_line) * 6;
        if late && is_bio(&l.text) && writes_here(&l.text, removed) {
            drop(&l, "author bio", &mut out, removed);
            continue;
        }
        out.push(l);
    }
    out
}

/// Join soft-wrapped lines into blocks and decide each block's kind: a line
/// that does not end a sentence continues into a next line that starts in
/// lower case.
fn join_blocks(lines: Vec<Line>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // The block being built, whether it was a Markdown heading or bullet.
    let mut cur: Option<(Block, bool, bool)> = None;
    let finish = |(mut b, heading, bullet): (Block, bool, bool)| {
        b.kind = if heading || (!bullet && looks_like_heading(&b.text)) {
            BlockKind::Heading
        } else if bullet {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        b
    };
    for l in lines {
        if l.blank {
            if let Some(c) = cur.take() {
                blocks.push(finish(c));
            }
            continue;
        }
        if let Some((b, heading, _)) = cur.as_mut() {
            let starts_lower = l.text.chars().next().is_some_and(|c| c.is_lowercase());
            if !*heading && !l.heading && !l.bullet && starts_lower && !ends_sentence(&b.text) {
                b.text.push(' ');
                b.text.push_str(&l.text);
                continue;
            }
            blocks.push(finish(cur.take().unwrap()));
        }
        cur = Some((
            Block {
                kind: BlockKind::Paragraph,
                text: l.text,
                line: l.no,
            },
            l.heading,
            l.bullet,
        ));
    }
    if let Some(c) = cur {
        blocks.push(finish(c));
    }
    // A fact box: two or more lines in a row that each state a label's value.
    let spec: Vec<bool> = blocks
        .iter()
        .map(|b| b.kind == BlockKind::Heading && spec_line(&b.text))
        .collect();
    for (k, b) in blocks.iter_mut().enumerate() {
        let beside = k.checked_sub(1).is_some_and(|p| spec[p]) || spec.get(k + 1) == Some(&true);
        if spec[k] && beside {
            b.kind = BlockKind::Paragraph;
        }
    }
    blocks
}

/// A line that reads as a title or section heading: short, no sentence end
/// (a site's name after a bar counts for nothing: "Smart glasses, … stood
/// out at CLX in Las Vegas | Techloop").
fn looks_like_heading(t: &str) -> bool {
    // (A site's name: capitalized words, "| Read more" is no site.)
    let site_name = |site: &str| {
        (1..=4).contains(&words(site).len())
            && site.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "&")
            })
    };
    let head = t
        .rsplit_once(" | ")
        .filter(|(_, site)| site_name(site))
        .map_or(t, |(head, _)| head);
    let w = words(head);
    !w.is_empty() && w.len() <= 20 && !ends_sentence(t) && !t.ends_with(',')
}

/// A line of a fact box: a short label, a colon and a value with a number
/// ("Price: $499, plus $19.99 a month", "Weight: 11.8 kg (26 pounds)", "On
/// sale: 2026-11-27") is what the page states, not a heading ("Budget 2026:
/// what it means for you" has no number after its colon), when the line
/// beside it is one too (a reading time, "Leestyd: 4 min", stands alone);
/// so is a schedule's line, a place and a dash before a date.
fn spec_line(t: &str) -> bool {
    // (Or a schedule's line, a dash before its date: "Cardiff, Principality Stadium – 5 June 2027".)
    let Some((label, value)) = [": ", " – ", " — "]
        .iter()
        .find_map(|sep| t.split_once(sep))
    else {
        return false;
    };
    let lw = words(label);
    // (Not a contact box: "Tel: +44 20 7946 0958".)
    let contact = matches!(
        label.to_lowercase().as_str(),
        "tel" | "tel." | "phone" | "telephone" | "mobile" | "fax" | "whatsapp"
    );
    // The value opens with its amount ("$499", "11.8 kg", "2026-11-27", "5 June 2027"), not
    // with words as a headline after its topic does ("Ukraine war: Russian strike kills 12").
    let amount_first = value
        .trim_start_matches(['(', '~', '+'])
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '₹'))
        || value.starts_with("about ")
        || value.starts_with("up to ");
    (1..=3).contains(&lw.len())
        && label.starts_with(char::is_uppercase)
        // (Not an alert's banner: "WEATHER ALERT: Frost advisory until 9 a.m.")
        && label.chars().any(char::is_lowercase)
        && !label.contains(|c: char| c.is_ascii_digit())
        && !contact
        && amount_first
        && words(value).len() <= 12
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> Vec<String> {
        clean(text, 1, false)
            .prose()
            .map(|b| b.text.clone())
            .collect()
    }

    #[test]
    fn strips_navigation_cookies_and_also_read() {
        let text = "Home News Vista Industry Experts Editor's Guest Post Magazines Conferences About Us\n\
                    Image\n\nThe council approved the budget on Monday.\n\n\
                    Also Read: Ten Things About Budgets\n\n🍪 Do you like Cookies?\n\n\
                    We use cookies to ensure you get the best experience on our website. Read more...\n";
        assert_eq!(prose(text), ["The council approved the budget on Monday."]);
    }

    #[test]
    fn strips_donation_appeal_paragraph() {
        let text = "Your support helps us to tell the story Read more Support Now From reproductive rights to climate change, \
                    our journalists are on the ground. Your donation allows us to keep sending journalists. We choose not to lock \
                    readers out with paywalls. Your support makes all the difference. Read more\n\n\
                    The mayor said the bridge would reopen in March.\n";
        assert_eq!(
            prose(text),
            ["The mayor said the bridge would reopen in March."]
        );
    }

    #[test]
    fn strips_toc_byline_bio_and_reference_tail() {
        let text = "Big Story Title\n\nTable of Contents\n\nPart one of the story\nPart two of the story\n\n\
                    The harbour handled 4 million containers last year, the port authority said in a statement.\n\n\
                    Sources & References\n\nByJane Roe\n\n\
                    Jane Roe is a distinguished author and thought leader who writes about shipping and trade.\n\n\
                    Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n";
        let c = clean(text, 1, false);
        assert_eq!(
            c.prose().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            [
                "The harbour handled 4 million containers last year, the port authority said in a statement."
            ]
        );
        assert_eq!(c.blocks[0].kind, BlockKind::Heading);
        assert!(c.removed.iter().any(|r| r.reason == "author bio"));
    }

    #[test]
    fn lists_under_most_read_are_chrome() {
        // The consent line under a sign-up box goes with it; the same words in the news stay.
        for (text, kept) in [
            (
                "The bridge reopened on Monday, the city said.\n\nSign up for the Ledger Business Briefing\nEnter your email address | Subscribe\nBy signing up, you agree to our Terms of Use and Privacy Policy.\n",
                "The bridge reopened on Monday, the city said.",
            ),
            (
                "Netflix beat forecasts by signing up 19 million subscribers in Asia.\n",
                "Netflix beat forecasts by signing up 19 million subscribers in Asia.",
            ),
        ] {
            assert_eq!(prose(text), [kept]);
        }
        // The same heading in English and in Afrikaans ("Mees gelees").
        for heading in ["Most Read", "Mees gelees"] {
            let text = format!(
                "The bridge reopened on Monday after repairs costing €8 million, the city said.\n\n{heading}\n1. Ten cities where rent fell 20% this year\n2. Sokker: Chiefs en Pirates deel die punte in Soweto\n"
            );
            assert_eq!(
                prose(&text),
                ["The bridge reopened on Monday after repairs costing €8 million, the city said."],
                "{heading}"
            );
        }
    }

    /// A list's heading may end in a colon: "More from WBVN:", "**More from KHBX:**";
    /// "More on the verdict:" may open the story's own points.
    #[test]
    fn list_heading_with_a_colon() {
        for heading in ["More from KHBX:", "**More from KHBX:**"] {
            let text = format!(
                "The bridge reopened on Monday, the city said.\n\n{heading}\n- Crash closes part of Interstate 90 in Avon for hours\n- Council approves a new garage\n"
            );
            assert_eq!(
                prose(&text),
                ["The bridge reopened on Monday, the city said."],
                "{heading}"
            );
        }
        let text = "The jury returned its verdict on Friday.\n\nMore on the verdict:\n- The jury deliberated for nine hours over two days.\n";
        assert!(
            prose(text)
                .iter()
                .any(|p| p.starts_with("The jury deliberated")),
            "{:?}",
            prose(text)
        );
    }

    /// Headings in two languages: (heading, is one).
    #[test]
    fn bilingual_headings() {
        let cases: &[(&str, bool)] = &[
            ("les plus lus / most read", true),
            ("meest gelezen | most read", true),
            ("lire aussi / read also", false),
            ("most read", false),
            ("news / sport / weather", false),
            ("home | latest news | politics", false),
            (
                "most read / the council's budget vote was delayed again on monday",
                false,
            ),
        ];
        for (n, want) in cases {
            assert_eq!(bilingual_heading(n), *want, "{n}");
        }
        let text = "The fire grew to 9,000 hectares on Monday, officials said.\n\nLes plus lus / Most read\n1. Cochrane adopts a budget\n2. Timmins Rock sign two forwards from Sudbury\n";
        assert_eq!(
            prose(text),
            ["The fire grew to 9,000 hectares on Monday, officials said."]
        );
    }

    /// A page's headline with its site's name after a bar is a heading, not prose, however
    /// long the headline (up to the heading's twenty words without the site).
    #[test]
    fn headline_with_site_name() {
        let text = "Smart glasses, a disappearing TV and a $499 robot: the launches that stood out at CLX in Las Vegas | Techloop\n\nThe robot costs $499, the company said.\n";
        assert_eq!(prose(text), ["The robot costs $499, the company said."]);
        let long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one | Techloop\n";
        assert_eq!(prose(long).len(), 1);
        // What follows the bar is no site's name: the line stays what its length makes it.
        let prompt = "The bank raised its cash rate to 4.6 per cent on Tuesday, citing sticky services inflation and a tight labour market | Read more\n";
        assert_eq!(prose(prompt).len(), 1);
    }

    /// A fact box's lines are prose (what the page states); a heading with a colon and no
    /// number after it stays a heading.
    #[test]
    fn spec_lines() {
        let cases: &[(&str, bool)] = &[
            (
                "Price: $499, plus $19.99 a month for the subscription",
                true,
            ),
            ("Weight: 11.8 kg (26 pounds)", true),
            ("On sale: 2026-11-27", true),
            ("Budget 2026: what it means for you", false),
            ("Analysis: why the bank held its nerve", false),
            ("Round 3: Leeds 2 Hull 1", false),
            ("WEATHER ALERT: Frost advisory until 9 a.m.", false),
            ("Cardiff, Principality Stadium – 5 June 2027", true),
            ("Live – the count in pictures", false),
            ("Ukraine war: Russian strike on Kharkiv kills 12", false),
            ("Tel: +44 20 7946 0958", false),
        ];
        for (line, want) in cases {
            assert_eq!(spec_line(line), *want, "{line}");
        }
        let text = "Orrin Tidy at a glance\nPrice: $499, plus $19.99 a month\nWeight: 11.8 kg\n\nThe robot folds towels, the company said.\n";
        assert_eq!(
            prose(text),
            [
                "Price: $499, plus $19.99 a month",
                "Weight: 11.8 kg",
                "The robot folds towels, the company said."
            ]
        );
        // One such line alone is no fact box.
        let text = "Leestyd: 4 min\n\nThe robot folds towels, the company said.\n";
        assert_eq!(prose(text), ["The robot folds towels, the company said."]);
    }

    /// Headings over lists of other stories, in words of their own: (heading, is one).
    #[test]
    fn list_headings() {
        let cases: &[(&str, bool)] = &[
            ("trending stories", true),
            ("most shared this week", true),
            ("popular right now", true),
            ("latest headlines", true),
            ("popular on harbour times", true),
            ("top stories today", true),
            ("most watched videos", true),
            ("the talks", false),
            ("latest developments", false),
            ("a popular choice for many families in the region", false),
            ("stories", false),
            ("related coverage", true),
            ("more from startupwire", true),
            ("most viewed in business", true),
            ("popular in sport", true),
            ("growth in business", false),
            ("read in full", false),
            ("more on this story", true),
            ("more", false),
            ("more money for schools", false),
        ];
        for (n, want) in cases {
            assert_eq!(is_list_heading(n), *want, "{n}");
        }
        let text = "The bridge reopened on Monday after repairs costing €8 million, the city said.\n\nTrending Stories\n• Sun Bowl tickets go on sale Monday\n• Las Cruces police identify man killed in crash\n";
        assert_eq!(
            prose(text),
            ["The bridge reopened on Monday after repairs costing €8 million, the city said."]
        );
    }

    #[test]
    fn keeps_contributor_line_out() {
        assert!(
            prose("AP video journalist Jo Bloggs in Paris contributed to this report.\n")
                .is_empty()
        );
        assert!(
            prose(
                "AP Business Writers Ana Keller in Tokyo and Tom Brandt in London contributed.\n"
            )
            .is_empty()
        );
        assert_eq!(
            prose("Reporters Without Borders said the arrests had contributed.\n"),
            ["Reporters Without Borders said the arrests had contributed."]
        );
        // Prose that ends in the verb stays.
        assert_eq!(
            prose("Higher fuel prices also contributed.\n"),
            ["Higher fuel prices also contributed."]
        );
        assert!(prose("Please log in or register to join the discussion\n").is_empty());
        assert!(prose("About the author: Mi-ra Song is a correspondent based in Busan. She covered ports.\n").is_empty());
    }

    #[test]
    fn headings_bullets_and_wrapped_lines() {
        let c = clean(
            "# Harbour news\n\nThe port grew\nfaster than expected.\n- Cargo rose 5%\n* Jobs rose 2%\n",
            1,
            true,
        );
        let kinds: Vec<_> = c.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Heading, "Harbour news"),
                (BlockKind::Paragraph, "The port grew faster than expected."),
                (BlockKind::ListItem, "Cargo rose 5%"),
                (BlockKind::ListItem, "Jobs rose 2%"),
            ]
        );
        assert_eq!(c.blocks[1].line, 3);
    }

    #[test]
    fn datelines() {
        assert_eq!(
            strip_dateline("OSLO, Feb 16 (Reuters) - Norway said so."),
            Some(("Norway said so.", Some("Reuters".into())))
        );
        assert_eq!(
            strip_dateline(
                "CLUJ-NAPOCA, Romania, July 8 (Reuters) - Prosecutors detained the mayor."
            ),
            Some(("Prosecutors detained the mayor.", Some("Reuters".into())))
        );
        assert_eq!(
            strip_dateline("KINSHASA — Miners agreed."),
            Some(("Miners agreed.", None))
        );
        assert_eq!(
            strip_dateline("WASHINGTON, D.C., March 3 (AP) — Talks began."),
            Some(("Talks began.", Some("AP".into())))
        );
        assert_eq!(
            strip_dateline("The US-led talks - which began Monday - ended."),
            None
        );
        assert_eq!(strip_dateline("NATO said - as expected - no."), None);
        assert_eq!(
            strip_dateline("May 19 (Reuters) - The FDA approved the drug."),
            Some(("The FDA approved the drug.", Some("Reuters".into())))
        );
        assert_eq!(strip_dateline("May 19 - the drug was approved."), None);
        assert_eq!(
            strip_dateline("Port Sudan (AFP) – Sudan's army agreed."),
            Some(("Sudan's army agreed.", Some("AFP".into())))
        );
        assert_eq!(
            strip_dateline("(Bloomberg) -- Oil rose for a third session."),
            Some(("Oil rose for a third session.", Some("Bloomberg".into())))
        );
        assert_eq!(
            strip_dateline("New Delhi: Thirteen people were injured."),
            Some(("Thirteen people were injured.", None))
        );
        assert_eq!(
            strip_dateline("CHENNAI: Yashasvi Jaiswal struck 131."),
            Some(("Yashasvi Jaiswal struck 131.", None))
        );
        assert_eq!(
            strip_dateline("Duisburg (dpa) - Water levels fell."),
            Some(("Water levels fell.", Some("dpa".into())))
        );
        assert_eq!(
            strip_dateline("HANOI/NEW DELHI, March 4 (Reuters) - Rice prices fell."),
            Some(("Rice prices fell.", Some("Reuters".into())))
        );
        assert_eq!(
            strip_dateline("NEW DELHI, Nov 5 (PTI) Railway stations were packed."),
            Some(("Railway stations were packed.", Some("PTI".into())))
        );
        assert_eq!(
            strip_dateline("Mumbai, May 3 (IANS) The index rose."),
            Some(("The index rose.", Some("IANS".into())))
        );
        assert_eq!(
            strip_dateline("Tesla (TSLA) Chief Executive Elon Musk said so."),
            None
        );
        assert_eq!(strip_dateline("NEW DELHI (PTI) the index rose."), None);
        assert_eq!(
            strip_dateline("BHP (BHP.AX) Chief Executive Mike Henry said so."),
            None
        );
        assert_eq!(
            strip_dateline("WHO (World Health Organization) Director-General Tedros spoke."),
            None
        );
        assert_eq!(strip_dateline("Update: The council voted."), None);
        assert_eq!(strip_dateline("The verdict: Guilty on all counts."), None);
        assert_eq!(strip_dateline("Jane Roe - who spoke first - left."), None);
        let c = clean(
            "HANOI/NEW DELHI, March 4 (Reuters) - Vietnamese rice exporters cut their prices to the lowest in almost four years as India's return pushed a wave of cheap grain into Asia, traders said on Wednesday.\n\nVietnam's 5% broken rice was offered at $372.\n",
            1,
            false,
        );
        assert!(
            c.blocks[0].text.starts_with("Vietnamese rice exporters"),
            "{:?}",
            c.blocks
        );
        let c = clean(
            "TOKYO, March 4 (Kyodo) - Japan's cabinet approved the budget.\n",
            1,
            false,
        );
        assert_eq!(c.blocks[0].text, "Japan's cabinet approved the budget.");
        assert_eq!(c.agency.as_deref(), Some("Kyodo"));
    }

    /// One table for the line rules: a line and why it is chrome (`None`: prose).
    #[test]
    fn chrome_rules() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "This report by The Canadian Press was first published March 25, 2026.",
                Some("wire boilerplate"),
            ),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                Some("wire boilerplate"),
            ),
            (
                "--With assistance from Sam Whitfield and Amira Haddad.",
                Some("wire boilerplate"),
            ),
            (
                "— With files from Derek Holloway in Toronto",
                Some("wire boilerplate"),
            ),
            (
                "Note to readers: This is a corrected story. A previous version misstated the name of the deputy governor.",
                Some("wire boilerplate"),
            ),
            (
                "The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute's Science and Educational Media Group and the Robert Wood Johnson Foundation. The AP is solely responsible for all content.",
                Some("wire boilerplate"),
            ),
            (
                "To contact the reporter on this story:",
                Some("wire boilerplate"),
            ),
            (
                "This report by the IMF found that debt rose 4% last year.",
                None,
            ),
            (
                "This story was first published by ProPublica.",
                Some("wire boilerplate"),
            ),
            ("str-kir/bha/jsa", Some("sign-off")),
            (
                "Carla Mendes in London at cmendes12@bloomberg.net",
                Some("sign-off"),
            ),
            (
                "Readers can write to the council at info@council.gov.uk, the mayor said on Monday after the meeting ended late.",
                None,
            ),
            (
                "Sign up to The Long Run: our free weekly running newsletter, every Friday.",
                Some("sign-up"),
            ),
            (
                "Recevez notre newsletter Afrique chaque matin",
                Some("sign-up"),
            ),
            ("The minister will receive a briefing on Monday.", None),
            (
                "Support independent chess journalism. Become a ChessWire Premium member for $4.99 a month.",
                Some("appeal"),
            ),
            ("She went on to become a member of the board in 2019.", None),
            ("Ukraine hopes to become a member of NATO.", None),
            ("Become a member today.", Some("appeal")),
            (
                "By Hannah Whitcombe, athletics correspondent",
                Some("byline"),
            ),
            ("By Jane Doe, John Roe", Some("byline")),
            ("Von Lea Hoffmann · Lesezeit: 4 Min.", Some("byline")),
            (
                "Par Élodie Marchand · Publié le 8 septembre 2026 à 09h12",
                Some("byline"),
            ),
            ("By Monday · 4,000 votes had been counted.", None),
            ("By Monday, officials had counted 4,000 votes.", None),
            ("Skip to navigation", Some("chrome line")),
            ("Comentarios (23)", Some("chrome line")),
            (
                "09.06.2026, 15:47 Uhr | Lesezeit: 4 Min.",
                Some("timestamp"),
            ),
            ("Lestími: 4 mín.", Some("timestamp")),
            ("Czas czytania: 3 min", Some("timestamp")),
            (
                "Publié le 11/08/2026 à 07h32 | Mis à jour le 11/08/2026 à 09h10",
                Some("timestamp"),
            ),
            ("16 settembre 2026 - 18:20", Some("timestamp")),
            ("Atualizado em 07/10/2026 às 14h25", Some("timestamp")),
            ("Updated 3:42 PM EST, Tue March 3, 2026", Some("timestamp")),
            (
                "De 2 à 3 personnes ont été blessées à Lyon le 3 mars.",
                None,
            ),
            ("Tempo di lettura: 4 minuti", Some("timestamp")),
            (
                "Publicado el 3 de marzo de 2026 a las 15:42",
                Some("timestamp"),
            ),
            (
                "Veröffentlicht am 3. März 2026, 15:42 Uhr",
                Some("timestamp"),
            ),
            ("Mar 3, 2026 15:42 GMT+1", Some("timestamp")),
            (
                "Teilen: Facebook Twitter WhatsApp E-Mail",
                Some("share row"),
            ),
            ("Partager : Facebook Twitter LinkedIn", Some("share row")),
            (
                "Condividi su Facebook Condividi su WhatsApp",
                Some("share row"),
            ),
            ("Volg ons op Facebook en Instagram", Some("share row")),
            (
                "The video was shared on Facebook and WhatsApp by thousands.",
                None,
            ),
            ("Watch: Firefighters battle the blaze", Some("prompt")),
            ("Photo : AFP", Some("caption")),
            (
                "Passengers queue at the terminal in Oban. Jane Smith/Reuters",
                Some("caption"),
            ),
            (
                "Students arrive at a school. Graham Hughes/The Canadian Press",
                Some("caption"),
            ),
            ("An Ipsos/Reuters poll showed support at 45% in May.", None),
            (
                "The court on Oxford Row. (Photo: Danny Lawson/PA Wire)",
                Some("caption"),
            ),
            (
                "Agents process migrants beside the wall on Thursday morning. (KBRD Photo/Javier Ochoa)",
                Some("caption"),
            ),
            ("Crédit photo : Jean Dupont / AFP", Some("caption")),
            ("Von Jana Müller", Some("byline")),
            ("Par Jean Dupont", Some("byline")),
            ("Por María García", Some("byline")),
            ("Door Jan de Vries", Some("byline")),
            ("Par ailleurs, le maire a démissionné lundi.", None),
            (
                "We and our 214 partners store and access information on your device to show you personalised ads and content. You can change your choices at any time.",
                Some("chrome phrase"),
            ),
            (
                "The regulator said sites must obtain consent before they store and access information on users' devices.",
                None,
            ),
            (
                "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
                Some("chrome phrase"),
            ),
            (
                "Deze website maakt gebruik van cookies. Akkoord",
                Some("chrome phrase"),
            ),
            ("Síguenos en Facebook, Instagram y X", Some("share row")),
            (
                "Folgen Sie uns auf Facebook und Instagram",
                Some("share row"),
            ),
            ("Alle Rechte vorbehalten.", Some("chrome phrase")),
            (
                "Ten serwis wykorzystuje pliki cookies. Korzystając z serwisu, wyrażasz zgodę na ich zapisywanie.",
                Some("chrome phrase"),
            ),
            (
                "Vi använder cookies för att ge dig en bättre upplevelse.",
                Some("chrome phrase"),
            ),
            (
                "Meld je aan voor onze nieuwsbrief en blijf op de hoogte.",
                Some("sign-up"),
            ),
            ("Article continues below", Some("chrome phrase")),
            (
                "Suscríbase a nuestro boletín semanal. Reciba las noticias de Ferndale en español cada viernes.",
                Some("sign-up"),
            ),
            (
                "Download the free Harbour 7 News app for breaking news alerts.",
                Some("chrome phrase"),
            ),
            (
                "Do you work at Tarvex? Contact Jane Roe securely on Signal at janeroe.42.",
                Some("chrome phrase"),
            ),
            ("The app sends drivers alerts when a bridge closes.", None),
            ("Hegseth shared the plans on Signal at least twice.", None),
            (
                "Portada | LaLiga | Premier | Serie A | Bundesliga | Ligue 1 | Fichajes | Champions | Vídeos | Podcast",
                Some("navigation"),
            ),
            (
                "Home | Companies & Markets | Banking & Finance | Property | Tech | Opinion | 中文",
                Some("navigation"),
            ),
            (
                "By Anjali Menon | Thiruvananthapuram | Published: 04 May 2026, 06:52 PM IST | Updated: 04 May 2026, 09:18 PM IST",
                Some("byline"),
            ),
            // A byline's parts after the name must hold a stamp.
            (
                "By the river | Three Bridges | Old Town | North Quay | Market Hall and Harbour Steps",
                None,
            ),
            ("Police said they got a tip about the van on Friday.", None),
            (
                "Residents over 65 can get the free flu shot at any pharmacy.",
                None,
            ),
            (
                "Apple will let users silence push notifications from Monday.",
                None,
            ),
        ];
        for (line, want) in cases {
            let l = Line {
                no: 1,
                text: line.to_string(),
                heading: false,
                bullet: false,
                blank: false,
                table: false,
            };
            assert_eq!(chrome_reason(&l, 1), *want, "{line}");
        }
    }

    /// On a page in the Latin script, lines and glued tails in another script are the site's.
    #[test]
    fn other_scripts_on_a_latin_page() {
        let text = "ENGLISH | മലയാളം | E-Paper\n\n\
                    The minister flew to the island on Tuesday, the ministry said in Argostoli.Διαβάστε επίσης: Πυρκαγιές σε κατάσταση έκτακτης ανάγκης\n\n\
                    Police arrested a 71-year-old farmer on Wednesday, officials said.\n\n\
                    The fire burned for three days across the south of the island and destroyed more than forty homes and a school, the regional governor said on Thursday.\n\n\
                    Τα πιο δημοφιλή\n1. Καύσωνας: έως 43 βαθμούς την Πέμπτη\n2. Ενοίκια: άνοδος 11% στην Αθήνα\n";
        assert_eq!(
            prose(text),
            [
                "The minister flew to the island on Tuesday, the ministry said in Argostoli.",
                "Police arrested a 71-year-old farmer on Wednesday, officials said.",
                "The fire burned for three days across the south of the island and destroyed more than forty homes and a school, the regional governor said on Thursday."
            ]
        );
        // A page in another script keeps its lines (nothing is foreign there), and a Latin page
        // keeps a name written in another script inside an English sentence.
        let greek =
            "Η κυβέρνηση ανακοίνωσε νέα μέτρα την Τρίτη.\n\nΟ υπουργός μίλησε στην Αθήνα.\n";
        assert_eq!(prose(greek).len(), 2);
        let named = "The monastery, known locally as Μονή Αγίου Γερασίμου, was evacuated on Tuesday, the fire service said.\n";
        assert_eq!(prose(named).len(), 1);
    }

    /// Lists of other stories under "more news" headings in other languages.
    #[test]
    fn more_news_lists_in_other_languages() {
        for heading in [
            "Weitere Artikel",
            "Autres articles",
            "Otras noticias",
            "Altre notizie",
            "Meer nieuws",
            "Mais notícias",
        ] {
            let text = format!(
                "The bridge reopened on Monday, the city said.\n\n{heading}\n\n- Bahn streicht 300 Verbindungen im Herbst\n- Schiphol verlengt nachtsluiting tot 2027\n"
            );
            assert_eq!(
                prose(&text),
                ["The bridge reopened on Monday, the city said."],
                "{heading}"
            );
        }
    }

    /// A late line about someone the byline does not name is the story's, not a biography.
    #[test]
    fn bios_name_the_pages_writers() {
        let mut text = String::from(
            "By Johanna Lindqvist, culture reporter\n\nThe Academy named the winner on Thursday, officials said.\n\n",
        );
        for k in 0..6 {
            text.push_str(&format!(
                "The committee met {k} times this year, its chair said on Friday.\n\n"
            ));
        }
        text.push_str("Nhantumbo is the first African-born winner since the novelist Abdulrazak Gurnah in 2021. Last year's prize went to the Hungarian writer László Krasznahorkai.\n\n");
        text.push_str("Johanna Lindqvist is a culture reporter who writes about books.\n");
        let p = prose(&text);
        assert!(
            p.iter().any(|t| t.starts_with("Nhantumbo is the first")),
            "{p:?}"
        );
        assert!(
            !p.iter().any(|t| t.starts_with("Johanna Lindqvist is")),
            "{p:?}"
        );
    }

    /// Author biographies at the end of the page, in English and other languages.
    #[test]
    fn bios_in_other_languages() {
        for bio in [
            "Jana Müller ist Redakteurin im Ressort Wirtschaft und schreibt über Energie.",
            "Jean Dupont est journaliste au service économie depuis 2015.",
            "María García es periodista y cubre la política local.",
            "Marco Rossi è giornalista e scrive di sport dal 2010.",
        ] {
            let text = format!(
                "The council approved the budget on Monday, officials said.\n\nThe vote was close.\n\n{bio}\n"
            );
            assert_eq!(
                prose(&text),
                [
                    "The council approved the budget on Monday, officials said.",
                    "The vote was close."
                ],
                "{bio}"
            );
        }
    }

    #[test]
    fn prompts_and_most_read_in_other_languages() {
        let text = "The utility said 87% had been reconnected by Thursday.Te puede interesar: ¿Cómo funciona la alerta sísmica? Lo que debes saber\n\n\
                    Lo más leído\n1. Hacienda prevé crecimiento de 0.5% para 2026\n2. Peso cierra la semana en 18.37 por dólar\n";
        assert_eq!(
            prose(text),
            ["The utility said 87% had been reconnected by Thursday."]
        );
        for heading in [
            "Mest läst",
            "Mest læste",
            "Najczęściej czytane",
            "Luetuimmat",
        ] {
            let text = format!(
                "The vote was close.\n\n{heading}\n1. Stormen Ylva: tåg inställda\n2. NBP pozostawia stopy bez zmian\n"
            );
            assert_eq!(prose(&text), ["The vote was close."], "{heading}");
        }
    }

    /// A prompt glued after a closing single mark, and a French prompt with a space before its colon.
    #[test]
    fn prompts_after_marks_and_spaced_colons() {
        let cases: &[(&str, &str)] = &[
            (
                "'She never needed one.'Read More: The best British films of the 1970s, ranked",
                "'She never needed one.'",
            ),
            (
                "\"The wind will pick up.\"Lire aussi : Canicule : 12 départements en vigilance orange",
                "\"The wind will pick up.\"",
            ),
            (
                "Prices rose 3% in May.Leia também: Anvisa aprova nova vacina",
                "Prices rose 3% in May.",
            ),
            (
                "A ferry operator cut sailings to three islands.► Read more: Island councils demand answers",
                "A ferry operator cut sailings to three islands.",
            ),
            (
                "\"We have no other choice,\" said Morag Campbell. >> Related: Storm warning for the west coast",
                "\"We have no other choice,\" said Morag Campbell.",
            ),
            (
                "The cuts will affect about 4,000 residents.READ MORE | Why ferries keep breaking down",
                "The cuts will affect about 4,000 residents.",
            ),
            (
                "The operator will review the timetable in March.Related Articles",
                "The operator will review the timetable in March.",
            ),
            (
                "Campbell said the company had 120 crew.Ao continuar a navegar, concorda com a utilização de cookies.",
                "Campbell said the company had 120 crew.",
            ),
            (
                "The ship will return to service in April, Campbell said.(Reuters)",
                "The ship will return to service in April, Campbell said.",
            ),
            (
                "\"We cannot pay,\" he said. \"A strike does not change the sums.\"Lees ook: NS kondigt nieuwe dienstregeling aan",
                "\"We cannot pay,\" he said. \"A strike does not change the sums.\"",
            ),
            (
                "Live Nation is promoting the tour.Läs också: Första namnen för 2027 klara",
                "Live Nation is promoting the tour.",
            ),
            (
                "A crowd of 28,700 rose as he touched down in the corner.Leé también: Los Pumas confirmó la lista",
                "A crowd of 28,700 rose as he touched down in the corner.",
            ),
            (
                "The car overtook two others on a bend.Darllenwch fwy: Teulu'n talu teyrnged i feiciwr",
                "The car overtook two others on a bend.",
            ),
            (
                "The assembly must meet within 20 days.Preberite tudi: Kdo je novi župan?",
                "The assembly must meet within 20 days.",
            ),
            (
                "More than 300 people were moved. More will follow, the council said.",
                "More than 300 people were moved. More will follow, the council said.",
            ),
            (
                "He said it was fine. (He was wrong.)",
                "He said it was fine. (He was wrong.)",
            ),
            (
                "Prices rose.Wages rose too. Read more: Why wages lag",
                "Prices rose.Wages rose too.",
            ),
            (
                "The poll was run by Ipsos/Reuters in May, with 2,000 adults.",
                "The poll was run by Ipsos/Reuters in May, with 2,000 adults.",
            ),
        ];
        for (line, want) in cases {
            assert_eq!(prose(&format!("{line}\n")), [*want], "{line}");
        }
    }

    /// Most-read lists and the writer's biography under headings in other
    /// languages go, with what they head; the story before them stays.
    #[test]
    fn lists_and_bios_under_foreign_headings() {
        let page = "The council approved the plan on Monday.\n\nMwyaf poblogaidd\n1. Merthyr: cynlluniau ar gyfer 300 o dai newydd\n2. Trenau yn ailddechrau ddydd Llun\n\nNajbolj brano\n1. Cene elektrike bodo višje za 4 odstotke\n\nOver de auteur\nLotte Verbeek schrijft over werk, start-ups en de techsector. Eerder werkte ze bij het Financieele Dagblad.\n";
        assert_eq!(prose(page), ["The council approved the plan on Monday."]);
        // A writer's line is a biography in any of the languages, heading or not.
        assert!(is_bio("Lotte Verbeek schrijft over werk en de techsector."));
        assert!(is_bio(
            "Jane Roe writes about energy and climate for the paper."
        ));
        assert!(!is_bio("Jane Roe writes that the plan will fail."));
        assert!(!is_bio(
            "As Krugman writes about tariffs, the costs fall on buyers."
        ));
    }

    #[test]
    fn inline_markdown() {
        assert_eq!(
            strip_inline_markdown(
                "**Bold** and *em* with [a link](http://x.y/z) ![img](a.png) `code` <b>tag</b> snake_case"
            ),
            "Bold and em with a link  code tag snake_case"
        );
    }

    #[test]
    fn pipe_tables_become_tables() {
        let text = "Key investments:\n| Type | Place | Outcome |\n|---|---|---|\n| Mine | Vietnam | +25% |\n| Plant | Okinawa, Japan | Lower |\nAfter the table.\n";
        let c = clean(text, 1, false);
        assert_eq!(c.tables.len(), 1);
        let t = &c.tables[0];
        assert_eq!(t.header, ["Type", "Place", "Outcome"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].cells, ["Plant", "Okinawa, Japan", "Lower"]);
        assert_eq!(t.rows[1].line, 5);
        assert_eq!(t.caption.as_deref(), Some("Key investments:"));
        assert!(c.blocks.iter().all(|b| !b.text.contains('|')));
    }

    #[test]
    fn tables_without_outer_pipes() {
        let text = "Stakes:\n\nCompany | Stake\n:--- | ---:\nNordwind AG | 51%\nBlue Tide | 49%\n\nAfter it.\n";
        let c = clean(text, 1, true);
        assert_eq!(c.tables.len(), 1, "{:?}", c.blocks);
        assert_eq!(c.tables[0].header, ["Company", "Stake"]);
        assert_eq!(c.tables[0].rows[1].cells, ["Blue Tide", "49%"]);
        // A line of links with pipes is no table without a separator row under it.
        assert!(
            clean("Menu | News | Sport\n\nThe mayor spoke.\n", 1, true)
                .tables
                .is_empty()
        );
    }
}
