//! Stage 1, read: find the articles in a folder, read them as UTF-8 text and
//! take their metadata from front matter (`---` YAML or `+++` TOML), or infer
//! it from the text (a "date 2026-02-02" line, a byline such as "Saturday,
//! 08 November 2025", a dateline such as "TOKYO, Feb 16 (Kyodo) -").

use super::extract::{dates, words};
use super::{CompileError, Warning};
use crate::bundle::Article;
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// Largest article file accepted (256 MiB); larger files are refused.
pub const MAX_FILE: u64 = 256 << 20;

/// One article file, read and checked to be text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// An article's metadata and the body text the later stages work on.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// Metadata; `title` may still be empty (inferred after cleaning).
    pub meta: Article,
    pub published: Option<Date>,
    pub body: String,
    /// 1-based line of the file where `body` starts.
    pub body_line: usize,
    pub markdown: bool,
    /// A dateline's month, day and lede whose year the text leaves open (no
    /// published date, or one whose year was read from the story's years).
    pub dateline: Option<(u8, u8, String)>,
}

/// Is this a file name the compiler reads?
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// The article files directly inside `dir`, in file-name order.
pub fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, CompileError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CompileError::new(dir, None, format!("cannot read folder: {e}")))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry =
            entry.map_err(|e| CompileError::new(dir, None, format!("cannot list folder: {e}")))?;
        let path = entry.path();
        // Folders named like articles are passed over; files and links to
        // files are read, and a dangling link is an error when read.
        if is_article(&path) && !path.is_dir() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Read every article of `dir`. Empty files are skipped with a warning;
/// unreadable, non-UTF-8, binary or oversized files stop the build with an
/// error naming the file.
pub fn read_dir(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Warning>), CompileError> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for path in list_dir(dir)? {
        match read_file(&path)? {
            Some(f) => files.push(f),
            None => warnings.push(Warning {
                file: path,
                line: None,
                message: "empty file skipped".into(),
            }),
        }
    }
    Ok((files, warnings))
}

/// Read one article; `Ok(None)` for a file with no text.
pub fn read_file(path: &Path) -> Result<Option<SourceFile>, CompileError> {
    let err = |line, msg: String| CompileError::new(path, line, msg);
    let len = std::fs::metadata(path)
        .map_err(|e| err(None, format!("cannot read file: {e}")))?
        .len();
    if len > MAX_FILE {
        return Err(err(
            None,
            format!("file of {len} bytes is larger than the limit of {MAX_FILE} bytes"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| err(None, format!("cannot read file: {e}")))?;
    let text = decode_text(&bytes).map_err(|(line, msg)| err(Some(line), msg))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(SourceFile {
        path: path.to_path_buf(),
        text,
    }))
}

/// Check that bytes are a UTF-8 text article (a BOM is dropped); on failure
/// the 1-based line of the first bad byte and a message.
pub fn decode_text(bytes: &[u8]) -> Result<String, (usize, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let line_of = |offset: usize| 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        (
            line_of(at),
            format!("not valid UTF-8 (byte {at}); save the article as UTF-8 text"),
        )
    })?;
    if let Some(at) = text
        .bytes()
        .position(|b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
    {
        return Err((
            line_of(at),
            format!(
                "binary data (control byte 0x{:02x} at byte {at}); not a text article",
                bytes[at]
            ),
        ));
    }
    Ok(text.to_owned())
}

/// Metadata fields read from front matter.
#[derive(Debug, Default, PartialEq)]
struct FrontMatter {
    title: Option<String>,
    date: Option<(String, usize)>,
    url: Option<String>,
    publisher: Option<String>,
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

impl FrontMatter {
    /// Take one key; `line` is the file line of the key, for errors.
    fn set(&mut self, key: &str, value: String, line: usize) {
        let value = value.trim().to_string();
        if value.is_empty() {
            return;
        }
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => self.title = Some(value),
            "date" | "published" | "pubdate" | "publishdate" | "published_at"
            | "date_published" => {
                if self.date.is_none() || key.starts_with("pub") {
                    self.date = Some((value, line));
                }
            }
            "url" | "link" | "canonical" | "canonical_url" | "permalink" => self.url = Some(value),
            "source" if is_url(&value) => self.url = Some(value),
            "publisher" | "source" | "site" | "outlet" | "publication" => {
                self.publisher = Some(value)
            }
            _ => {}
        }
    }
}

/// Split off front matter: (front matter, its format, body, body's first line).
fn split_front_matter(text: &str) -> Result<Option<(&str, char, &str, usize)>, (usize, String)> {
    let first = text.lines().next().unwrap_or("").trim_end();
    let fence = match first {
        "---" => "---",
        "+++" => "+++",
        _ => return Ok(None),
    };
    let mut offset = text.find('\n').map_or(text.len(), |n| n + 1);
    let fm_start = offset;
    let mut line = 2;
    for l in text[offset..].split_inclusive('\n') {
        let t = l.trim_end();
        if t == fence || (fence == "---" && t == "...") {
            let fm = &text[fm_start..offset];
            let body = &text[offset + l.len()..];
            return Ok(Some((
                fm,
                if fence == "---" { 'y' } else { 't' },
                body,
                line + 1,
            )));
        }
        offset += l.len();
        line += 1;
    }
    Err((
        1,
        format!("front matter opened with `{fence}` on line 1 is never closed"),
    ))
}

fn yaml_scalar(v: &yaml_rust2::Yaml) -> Option<String> {
    use yaml_rust2::Yaml;
    match v {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Real(r) => Some(r.clone()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

fn parse_yaml(fm: &str) -> Result<FrontMatter, (usize, String)> {
    use yaml_rust2::{Yaml, YamlLoader};
    let docs = YamlLoader::load_from_str(fm).map_err(|e| {
        (
            e.marker().line() + 1,
            format!("front matter is not valid YAML: {}", e.info()),
        )
    })?;
    let mut out = FrontMatter::default();
    let Some(doc) = docs.into_iter().next() else {
        return Ok(out);
    };
    let Yaml::Hash(map) = doc else {
        return Err((
            2,
            "front matter is not a list of `key: value` fields".into(),
        ));
    };
    for (k, v) in map {
        let (Some(key), Some(value)) = (yaml_scalar(&k), yaml_scalar(&v)) else {
            continue;
        };
        let line = fm
            .lines()
            .position(|l| l.trim_start().starts_with(&key))
            .map_or(2, |p| p + 2);
        out.set(&key, value, line);
    }
    Ok(out)
}

fn parse_toml(fm: &str) -> Result<FrontMatter, (usize, String)> {
    let table: toml::Table = fm.parse().map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map_or(0, |s| fm[..s.start.min(fm.len())].matches('\n').count());
        (
            line + 2,
            format!("front matter is not valid TOML: {}", e.message()),
        )
    })?;
    let mut out = FrontMatter::default();
    for (k, v) in table {
        let value = match v {
            toml::Value::String(s) => s,
            toml::Value::Datetime(d) => d.to_string(),
            toml::Value::Integer(i) => i.to_string(),
            _ => continue,
        };
        let line = fm
            .lines()
            .position(|l| l.trim_start().starts_with(&k))
            .map_or(2, |p| p + 2);
        out.set(&k, value, line);
    }
    Ok(out)
}

/// A date from front matter or a byline, as a calendar date.
pub fn parse_date(value: &str) -> Option<Date> {
    dates::first_full_date(value).or_else(|| numeric_date(value))
}

/// Words that mark a timestamp line as written in a language that puts the
/// day before the month ("Publié le 11/08/2026 à 07h32", "09.06.2026, 15:47 Uhr").
const DAY_FIRST_WORDS: &[&str] = &[
    "le", "à", "uhr", "um", "alle", "ore", "às", "om", "op", "el", "las", "de", "del", "mis",
];

/// A date anywhere in a page's timestamp line, in the ways European pages
/// write it: a day, a month by name in any main European language (in lower
/// case too) and a year ("14 april 2026 | 11:05", "16 settembre 2026 -
/// 18:20"), or a numeric date among other words ("09.06.2026, 15:47 Uhr",
/// "Publié le 11/08/2026 à 07h32", where the language puts the day first).
fn stamp_date(line: &str) -> Option<Date> {
    // "3 de marzo de 2026", "4 de março de 2026": the Spanish and Portuguese "de" between the parts.
    let w: Vec<&str> = line
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| matches!(c, ',' | '|' | ';' | ':' | '(' | ')' | '·')))
        .filter(|x| !x.is_empty() && !matches!(*x, "de" | "del"))
        .collect();
    let number = |x: &str| x.trim_end_matches('.').parse::<i16>().ok();
    for k in 1..w.len().saturating_sub(1) {
        let Some(m) = super::lexicon::month(w[k]).or_else(|| super::lexicon::foreign_month(w[k]))
        else {
            continue;
        };
        if let (Some(d), Some(y)) = (
            number(w[k - 1]).filter(|d| (1..=31).contains(d)),
            number(w[k + 1]).filter(|y| (1900..=2100).contains(y)),
        ) {
            if let Ok(date) = Date::new(y, m as i8, d as i8) {
                return Some(date);
            }
        }
    }
    // "23. 3. 2026, 07:41": a day and a month each with its dot, then the year, set
    // apart by spaces as Slovene, Czech, Slovak and Croatian pages write them.
    for k in 0..w.len().saturating_sub(2) {
        let dotted = |x: &str| {
            x.strip_suffix('.')
                .filter(|n| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
                .and_then(|n| n.parse::<i8>().ok())
        };
        if let (Some(d), Some(m), Some(y)) = (
            dotted(w[k]),
            dotted(w[k + 1]),
            w[k + 2]
                .trim_end_matches('.')
                .parse::<i16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y)),
        ) {
            if let Ok(date) = Date::new(y, m, d) {
                return Some(date);
            }
        }
    }
    let day_first = w.iter().any(|x| {
        super::lexicon::is_in(DAY_FIRST_WORDS, x) || super::lexicon::is_in(FOREIGN_STAMP_WORDS, x)
    });
    w.iter()
        .find_map(|x| numeric_date(x).or_else(|| day_first.then(|| day_first_date(x)).flatten()))
}

/// "11/08/2026" read day first.
fn day_first_date(v: &str) -> Option<Date> {
    let parts: Vec<&str> = v.split(['/', '.', '-']).collect();
    if parts.len() != 3
        || parts[2].len() != 4
        || !parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i8> = parts[..2]
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    Date::new(parts[2].parse().ok()?, n[1], n[0]).ok()
}

/// "2026/03/25", "03/25/2026", "25.03.2026": a numeric date whose order is
/// not in doubt (a year of four digits; of day and month, either only one
/// reading is a date, or both readings are the same day, or dots put the day first).
fn numeric_date(value: &str) -> Option<Date> {
    let v = value.trim().trim_matches(['"', '\'']);
    let v = v.split(|c: char| c.is_whitespace() || c == 'T').next()?;
    let parts: Vec<&str> = v.split(['/', '.', '-']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i16> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let day = |y: i16, m: i16, d: i16| {
        (m <= 12 && d <= 31)
            .then(|| Date::new(y, m as i8, d as i8).ok())
            .flatten()
    };
    if parts[0].len() == 4 {
        return day(n[0], n[1], n[2]);
    }
    if parts[2].len() != 4 {
        return None;
    }
    // Dots put the day first wherever they are written ("12.08.2025" in
    // German, Dutch, Nordic and Slavic pages); no month-first style uses them.
    if v.contains('.') {
        return day(n[2], n[1], n[0]);
    }
    match (day(n[2], n[0], n[1]), day(n[2], n[1], n[0])) {
        (Some(a), Some(b)) if a == b => Some(a),
        (Some(a), None) | (None, Some(a)) => Some(a),
        _ => None,
    }
}

/// Infer the publication date from the first lines of an article.
/// The date of an article without front matter, and whether its year was
/// read from the years the story names (a wire dateline gives none).
/// Words that say a header line gives the page's date, in the main European
/// languages ("Published", "Publié le", "Veröffentlicht am", "Pubblicato il").
const STAMP_WORDS: &[&str] = &["date", "published", "posted", "updated"];

/// The same words in the other languages; they also mark a stamp whose numeric
/// date puts the day first ([`DAY_FIRST_WORDS`]).
const FOREIGN_STAMP_WORDS: &[&str] = &[
    "publié",
    "publiée",
    "veröffentlicht",
    "aktualisiert",
    "pubblicato",
    "aggiornato",
    "publicado",
    "actualizado",
    "atualizado",
    "gepubliceerd",
    "bijgewerkt",
    "publicerad",
    "uppdaterad",
    "opublikowano",
    "zaktualizowano",
];

fn infer_date(body: &str) -> Option<(Date, bool)> {
    let head: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(15)
        .collect();
    for line in &head {
        let lower = line.to_lowercase();
        let keyword = STAMP_WORDS.iter().chain(FOREIGN_STAMP_WORDS).any(|k| {
            lower.starts_with(k)
                || lower.contains(&format!(" {k} "))
                || lower.contains(&format!("{k}:"))
        });
        let short = line.split_whitespace().count() <= 16
            || [" | ", " · ", " • "].iter().any(|s| line.contains(s));
        if keyword || short {
            if let Some(d) = parse_date(line).or_else(|| stamp_date(line)) {
                return Some((d, false));
            }
        }
    }
    // A dateline: "TOKYO, Feb 16 (Kyodo) -"; its year is the latest year the text names.
    for line in head.iter().take(6) {
        if let Some(d) = dateline(line, body) {
            return Some(d);
        }
    }
    None
}

fn dateline(line: &str, body: &str) -> Option<(Date, bool)> {
    let (expr, rest) = dateline_parts(line)?;
    match expr {
        dates::DateExpr::Ymd(y, m, d) => Date::new(y, m as i8, d as i8).ok().map(|d| (d, false)),
        dates::DateExpr::MonthDay(m, d) => Date::new(
            dates::dateline_year(m, d, &rest, &named_years(body))?,
            m as i8,
            d as i8,
        )
        .ok()
        .map(|d| (d, true)),
        _ => None,
    }
}

/// The month, day and lede of a dateline near the top whose year the text
/// leaves open (for the pack to settle).
fn open_dateline(body: &str) -> Option<(u8, u8, String)> {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
        .find_map(|line| match dateline_parts(line)? {
            (dates::DateExpr::MonthDay(m, d), rest) => Some((m, d, rest)),
            _ => None,
        })
}

/// A dateline's date expression and the text from it on.
fn dateline_parts(line: &str) -> Option<(dates::DateExpr, String)> {
    // "**SEOUL, Oct 29** —": Markdown emphasis around the dateline.
    let line = line.replace('*', "");
    let (place, _) = line.split_once(", ")?;
    if place.is_empty()
        || place.len() > 40
        || place.chars().any(|c| c.is_lowercase())
        || !place.chars().next()?.is_alphabetic()
    {
        return None;
    }
    // The date after the place and any region or country ("TROON, Scotland, July 19").
    let (first, rest) = line.match_indices(", ").take(3).find_map(|(at, _)| {
        let rest = &line[at + 2..];
        let toks = super::tokens::tokenize(rest);
        let first = dates::find(&toks)
            .into_iter()
            .next()
            .filter(|m| m.first == 0)?;
        Some((first, rest))
    })?;
    let after: String = rest.chars().skip(first.span[1] as usize).collect();
    let after = after.trim_start();
    // The agency in parentheses or alone ("May 19 Kyodo -").
    let after = if after.starts_with('(') {
        after.split_once(')').map_or("", |(_, r)| r).trim_start()
    } else {
        let word = after.split_whitespace().next().unwrap_or("");
        let agency = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && word.len() <= 12;
        if agency {
            after[word.len()..].trim_start()
        } else {
            after
        }
    };
    if !after.starts_with(['-', '–', '—']) {
        return None;
    }
    Some((first.expr, rest.to_string()))
}

/// Words before a year that make it a target, not a time the story is in
/// ("a deal to 2037", "net zero by 2050", "until 2030", "through 2031").
const TARGET_BEFORE: &[&str] = &[
    "to",
    "by",
    "until",
    "till",
    "til",
    "through",
    "thru",
    "before",
    "target",
    "targets",
    "targeting",
    "targeted",
    "goal",
];

/// Words after a year that make it a target ("its 2030 target", "the 2035 goal").
const TARGET_AFTER: &[&str] = &[
    "target",
    "targets",
    "goal",
    "goals",
    "deadline",
    "deadlines",
    "horizon",
    "ambition",
    "ambitions",
];

/// A year read as a target: after "to", "by", "until", "through"… (also
/// "by the end of 2030"), or before "target", "goal", "deadline".
fn is_target_year(toks: &[super::tokens::Token], m: &dates::DateMatch) -> bool {
    let word = |i: usize| toks.get(i).map(|t| t.lc().to_string()).unwrap_or_default();
    let before = m.first.checked_sub(1).map(word).unwrap_or_default();
    let end_of = before == "of"
        && m.first >= 3
        && word(m.first - 2) == "end"
        && (m.first.saturating_sub(6)..m.first - 2)
            .any(|i| super::lexicon::is_in(TARGET_BEFORE, &word(i)));
    // "from 2024 to 2026": a span of past years, not a target.
    let span = before == "to"
        && m.first >= 3
        && word(m.first - 3) == "from"
        && toks[m.first - 2].text.chars().all(|c| c.is_ascii_digit());
    m.forward
        || super::lexicon::is_in(TARGET_BEFORE, &before) && !span
        || end_of
        || super::lexicon::is_in(TARGET_AFTER, &word(m.end))
}

/// "its forecast for 2027", "guidance for 2026": the year of a forecast,
/// which [`named_years`] takes as ahead of the story when it is at least two
/// years past every other year named (a forecast for this year or the next
/// says little about when the story is).
fn forecast_year(toks: &[super::tokens::Token], m: &dates::DateMatch) -> bool {
    m.first >= 2
        && toks[m.first - 1].lc() == "for"
        && super::lexicon::is_in(FORECAST_NOUNS, &toks[m.first - 2].lc())
}

/// Nouns whose year, after "for", is one the story looks ahead to.
const FORECAST_NOUNS: &[&str] = &[
    "forecast",
    "forecasts",
    "outlook",
    "projection",
    "projections",
    "guidance",
    "estimate",
    "estimates",
    "prediction",
    "predictions",
];

/// The years (1900–2100) written in a text, each marked when it is ahead of
/// the story: a target ("a deal to 2037", "by 2030") or in a clause about
/// what will happen ("the first ship will arrive in 2028").
pub fn named_years(text: &str) -> Vec<(i16, bool)> {
    let toks = super::tokens::tokenize(text);
    let found = dates::find(&toks);
    let ahead = |m: &dates::DateMatch| {
        is_target_year(&toks, m)
            || words::clause_tense(&toks, m.first) == Some(words::Tense::Future)
    };
    let years: Vec<(i16, bool, bool)> = found
        .iter()
        .filter_map(|m| match m.expr {
            dates::DateExpr::Ymd(y, ..) | dates::DateExpr::Ym(y, _) | dates::DateExpr::Y(y) => {
                Some((m.upper_year.unwrap_or(y), ahead(m), forecast_year(&toks, m)))
                    .filter(|y| (1900..=2100).contains(&y.0))
            }
            _ => None,
        })
        .collect();
    let latest_other = years.iter().filter(|y| !y.1 && !y.2).map(|y| y.0).max();
    years
        .iter()
        .map(|&(y, ahead, forecast)| {
            (
                y,
                ahead || forecast && latest_other.is_some_and(|l| y >= l + 2),
            )
        })
        .collect()
}

/// The latest year written in a text, but for targets: the year of a
/// dateline that gives none and names no weekday.
#[cfg(test)]
pub fn latest_year(text: &str) -> Option<i16> {
    let years = named_years(text);
    years
        .iter()
        .filter(|y| !y.1)
        .map(|y| y.0)
        .max()
        .or_else(|| years.iter().map(|y| y.0).max())
}

/// A "Source: https://…" line near the top.
fn infer_url(body: &str) -> Option<String> {
    body.lines().take(15).find_map(|l| {
        let l = l.trim();
        let lower = l.to_lowercase();
        let rest = ["source:", "url:", "originally published at", "link:"]
            .iter()
            .find_map(|p| lower.strip_prefix(p).map(|_| &l[p.len()..]))?;
        let url = rest.trim();
        (is_url(url) && !url.contains(char::is_whitespace)).then(|| url.to_string())
    })
}

/// Split an article's metadata from its body. Front matter wins over
/// anything inferred from the text.
pub fn parse(src: &SourceFile) -> Result<Parsed, CompileError> {
    let err = |line: usize, msg: String| CompileError::new(&src.path, Some(line), msg);
    let file = src
        .path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = src
        .path
        .file_stem()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let markdown = src
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
    let (fm, body, body_line) = match split_front_matter(&src.text).map_err(|(l, m)| err(l, m))? {
        Some((fm, 'y', body, line)) => (parse_yaml(fm).map_err(|(l, m)| err(l, m))?, body, line),
        Some((fm, _, body, line)) => (parse_toml(fm).map_err(|(l, m)| err(l, m))?, body, line),
        None => (FrontMatter::default(), src.text.as_str(), 1),
    };
    let mut year_guessed = false;
    let published = match &fm.date {
        Some((value, line)) => Some(parse_date(value).ok_or_else(|| {
            err(
                *line,
                format!("front matter date {value:?} is not a date (write it as YYYY-MM-DD)"),
            )
        })?),
        None => infer_date(body).map(|(d, guessed)| {
            year_guessed = guessed;
            d
        }),
    };
    let meta = Article {
        id,
        file,
        title: fm.title.unwrap_or_default(),
        publisher: fm.publisher,
        url: fm.url.or_else(|| infer_url(body)),
        published: published.map(|d| d.to_string()),
    };
    // A dateline whose year the story's years settled, or none did: the pack may settle it better.
    let dateline = if published.is_none() || year_guessed {
        open_dateline(body)
    } else {
        None
    };
    Ok(Parsed {
        meta,
        published,
        body: body.to_string(),
        body_line,
        markdown,
        dateline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(name: &str, text: &str) -> Result<Parsed, CompileError> {
        parse(&SourceFile {
            path: PathBuf::from(name),
            text: text.into(),
        })
    }

    #[test]
    fn numeric_dates_only_when_unambiguous() {
        let d = |s: &str| parse_date(s).map(|d| d.to_string());
        assert_eq!(d("2026/03/25").as_deref(), Some("2026-03-25"));
        assert_eq!(d("03/25/2026").as_deref(), Some("2026-03-25"));
        assert_eq!(d("25.03.2026").as_deref(), Some("2026-03-25"));
        assert_eq!(d("03/03/2026").as_deref(), Some("2026-03-03"));
        assert_eq!(d("04/03/2026"), None); // April 3 or 4 March
        assert_eq!(d("12.08.2025").as_deref(), Some("2025-08-12"));
        assert_eq!(d("13/13/2026"), None);
        let e = parsed("a.md", "---\ntitle: x\ndate: 04/03/2026\n---\nText.\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("a.md:3") && e.contains("YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn utf8_errors_name_the_line() {
        let (line, msg) = decode_text(b"one\ntwo\nthr\xffee").unwrap_err();
        assert_eq!(line, 3);
        assert!(msg.contains("UTF-8"), "{msg}");
    }

    #[test]
    fn binary_is_refused_with_line() {
        let (line, msg) = decode_text(b"a\nb\x00c").unwrap_err();
        assert_eq!(line, 2);
        assert!(msg.contains("binary"), "{msg}");
    }

    #[test]
    fn bom_is_dropped_and_tabs_allowed() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa\tb\r\n").unwrap(), "a\tb\r\n");
    }

    #[test]
    fn article_extensions() {
        assert!(is_article(Path::new("x/a.TXT")));
        assert!(is_article(Path::new("a.md")));
        assert!(!is_article(Path::new("a.html")));
        assert!(!is_article(Path::new("md")));
    }

    #[test]
    fn yaml_front_matter() {
        let p = parsed("a.md", "---\ntitle: \"Port grows\"\ndate: 2026-02-02\nurl: https://x.test/a\npublisher: The Daily\n---\n# Body\nText.\n").unwrap();
        assert_eq!(p.meta.title, "Port grows");
        assert_eq!(p.meta.published.as_deref(), Some("2026-02-02"));
        assert_eq!(p.meta.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(p.meta.publisher.as_deref(), Some("The Daily"));
        assert_eq!(p.body_line, 7);
        assert!(p.body.starts_with("# Body"));
        assert!(p.markdown);
    }

    #[test]
    fn toml_front_matter_with_native_date() {
        let p = parsed(
            "a.md",
            "+++\ntitle = \"T\"\npublished = 2025-11-08\nsource = \"Kyodo\"\n+++\nBody.\n",
        )
        .unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2025-11-08"));
        assert_eq!(p.meta.publisher.as_deref(), Some("Kyodo"));
    }

    #[test]
    fn broken_front_matter_names_the_line() {
        let e = parsed(
            "bad.md",
            "---\ntitle: [unclosed\ndate: 2026-01-01\n---\nx\n",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("bad.md:"), "{e}");
        assert!(e.message.contains("YAML"), "{e}");
        let e = parsed("bad.md", "---\ntitle: x\nno end\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("never closed"));
        let e = parsed("bad.md", "---\ntitle: x\ndate: someday\n---\nx\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        let e = parsed("bad.md", "+++\ntitle = \n+++\nx\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("TOML"));
    }

    #[test]
    fn inferred_dates() {
        let p = parsed(
            "a.txt",
            " date 2026-02-02 Your support helps us\n\nJapan said Monday it drilled.\n",
        )
        .unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2026-02-02"));
        let p = parsed(
            "a.txt",
            "Title\nReview Team | Saturday, 08 November 2025\n\nText.\n",
        )
        .unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2025-11-08"));
        let p = parsed(
            "a.txt",
            "TOKYO, Feb 16 (Kyodo) - Japan will test mud, officials said, after a 2026 plan.\n",
        )
        .unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2026-02-16"));
        // A region after the place, an agency without parentheses, the year of the lede's weekday.
        let p = parsed("a.txt", "TROON, Scotland, July 19 (Reuters) - Aberg won on Sunday, as Stenson did in 2016, for a 2026 title.\n").unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2026-07-19"));
        let p = parsed(
            "a.txt",
            "TOKYO, May 19 Kyodo - The King arrived on Tuesday for 2026 talks, trade by 2035.\n",
        )
        .unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2026-05-19"));
        let p = parsed(
            "a.md",
            "# Title\n\n**OSLO, March 2, 2026** — The fund said so.\n",
        )
        .unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2026-03-02"));
        let p = parsed("a.txt", "A long first sentence that mentions March 3, 2020 in passing while talking about many other things at length.\n").unwrap();
        assert_eq!(p.meta.published, None);
        let p = parsed("a.txt", "---\ntitle: x\n---\nPublished: 2024-05-06\n").unwrap();
        assert_eq!(p.meta.published.as_deref(), Some("2024-05-06"));
        // Timestamp lines of European pages.
        for (stamp, want) in [
            ("14 april 2026 | 11:05", "2026-04-14"),
            ("16 settembre 2026 - 18:20", "2026-09-16"),
            (
                "Publié le 11/08/2026 à 07h32 | Mis à jour le 11/08/2026 à 09h10",
                "2026-08-11",
            ),
            ("09.06.2026, 15:47 Uhr | Lesezeit: 4 Min.", "2026-06-09"),
            ("Atualizado em 07/10/2026 às 14h25", "2026-10-07"),
            ("Publicado el 3 de marzo de 2026 a las 15:42", "2026-03-03"),
            ("Veröffentlicht am 3. März 2026, 15:42 Uhr", "2026-03-03"),
            ("Actualizado: 04/03/2026 11:42 h", "2026-03-04"),
            (
                "Atualizado há 45 minutos | 12 Ago 2026, 21:10",
                "2026-08-12",
            ),
            ("Mis à jour le 3 févr. 2026 à 09h10", "2026-02-03"),
            ("Aggiornato il 5 ott 2026 alle 18:20", "2026-10-05"),
            // Month names of other languages in CLDR's words, in any script.
            (
                "Της Ελένης Παππά | 11 Αυγούστου 2026, 14:25 | Ενημερώθηκε: 17:40",
                "2026-08-11",
            ),
            ("Opublikowano: 3 marca 2026, 15:42", "2026-03-03"),
            (
                "Avtor: Maja Pečnik | 23. 3. 2026, 07:41 | Posodobljeno: 23. 3. 2026, 11:05",
                "2026-03-23",
            ),
            ("Aktualizováno 5. 11. 2026 8:15", "2026-11-05"),
            ("Güncelleme: 14 Ekim 2026 10:05", "2026-10-14"),
            // A long stamp with its parts set off by middle dots, the publication word in French.
            (
                "Publié le mardi 8 septembre 2026 à 09h12 · Mis à jour à 14h40 · Lecture 4 min",
                "2026-09-08",
            ),
        ] {
            let p = parsed(
                "a.txt",
                &format!("Site\n\nTitle of the story\n\n{stamp}\n\nText.\n"),
            )
            .unwrap();
            assert_eq!(p.meta.published.as_deref(), Some(want), "{stamp}");
        }
    }

    #[test]
    fn latest_year_of_text() {
        assert_eq!(
            latest_year("In 2024 and 2025, and the 2026–2027 plan"),
            Some(2027)
        );
        assert_eq!(latest_year("no years"), None);
        // Targets are not the time the story is in.
        let cases: &[(&str, Option<i16>)] = &[
            (
                "The council signed a deal in 2025 to supply power to 2037.",
                Some(2025),
            ),
            (
                "It cut emissions in 2025 and aims for net zero by 2050.",
                Some(2025),
            ),
            (
                "Prices rose in 2025 and will stay high until 2028.",
                Some(2025),
            ),
            (
                "Sales fell in 2025; the plan runs through 2031.",
                Some(2025),
            ),
            (
                "Output rose in 2026, but the 2030 target is out of reach.",
                Some(2026),
            ),
            (
                "Costs rose in 2025 and will fall by the end of 2029.",
                Some(2025),
            ),
            ("The mine closed in 2024 and reopened in 2026.", Some(2026)),
            ("Sales rose every year from 2023 to 2026.", Some(2026)),
            (
                "The plant opened in 2025. The first ship will arrive in 2028.",
                Some(2025),
            ),
            ("The deal runs until 2040.", Some(2040)),
            // A forecast's year is ahead; the year of a past result is not.
            (
                "Rates began falling in October 2024. It kept its forecast for 2027 at 1.8%.",
                Some(2024),
            ),
            (
                "It reported a profit for 2025 and rose in 2024.",
                Some(2025),
            ),
            // A forecast for the year after the latest named says little.
            (
                "The IMF cut its forecast for 2025 to 2.8%, after 3.3% in 2024.",
                Some(2025),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(latest_year(text), *want, "{text}");
        }
    }
}
