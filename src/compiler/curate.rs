//! Stage 7, curate: an editor's corrections, read from `factpack.toml` in
//! the articles' folder (or `--curation FILE`) and applied to the merged
//! bundle. The file names facts by their ids (the ids of their deep links)
//! and names by their name or any alias:
//!
//! ```toml
//! [box]
//! title = "Rare earths: the race to break China's grip"
//! views = ["numbers", "timeline", "quotes"]
//!
//! [facts."3fa9c2d1e07b4a55"]
//! hide = true
//!
//! [facts."9b1f0c2d3e4a5b6c"]
//! pin = true
//! value = 361000000
//! unit = "GBP"
//! note = "Figure from the company's annual report"
//!
//! [entities."Japan Organization for Metals and Energy Security"]
//! kind = "organization"
//! display = "JOGMEC"
//! ```
//!
//! A correction keeps what it replaced (`Fact::edited`); a hidden fact or
//! name leaves the bundle, and every index that pointed at it is mended. An
//! entry that matches nothing (its article changed) is a warning with its
//! line, an error under `--strict`; a malformed file is an error with its
//! line, before anything is written.

use super::{CompileError, Warning, merge};
use crate::bundle::{
    Body, Bundle, Edit, EntityKind, Fact, Precision, Prior, Qualifier, VIEWS, fact_id_str,
    parse_fact_id,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The name of the curation file in an articles folder.
pub const FILE_NAME: &str = "factpack.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "box", default)]
    bx: Option<BoxEntry>,
    #[serde(default)]
    facts: BTreeMap<Spanned<String>, FactEntry>,
    #[serde(default)]
    entities: BTreeMap<Spanned<String>, EntityEntry>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct BoxEntry {
    title: Option<String>,
    views: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactEntry {
    #[serde(default)]
    hide: bool,
    #[serde(default)]
    pin: bool,
    value: Option<Spanned<f64>>,
    upper: Option<Spanned<f64>>,
    unit: Option<Spanned<String>>,
    qualifier: Option<Spanned<String>>,
    measure: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    precision: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    note: Option<String>,
}

impl FactEntry {
    /// Each correctable field with where it is written, if it is.
    fn corrections(&self) -> [(&'static str, Option<usize>); 8] {
        let at = |v: Option<std::ops::Range<usize>>| v.map(|r| r.start);
        [
            ("value", at(self.value.as_ref().map(Spanned::span))),
            ("upper", at(self.upper.as_ref().map(Spanned::span))),
            ("unit", at(self.unit.as_ref().map(Spanned::span))),
            ("qualifier", at(self.qualifier.as_ref().map(Spanned::span))),
            ("measure", at(self.measure.as_ref().map(Spanned::span))),
            ("date", at(self.date.as_ref().map(Spanned::span))),
            ("precision", at(self.precision.as_ref().map(Spanned::span))),
            ("summary", at(self.summary.as_ref().map(Spanned::span))),
        ]
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityEntry {
    kind: Option<Spanned<String>>,
    display: Option<Spanned<String>>,
    merge_into: Option<Spanned<String>>,
    #[serde(default)]
    hide: bool,
}

/// A parsed curation file.
#[derive(Debug)]
pub struct Curation {
    path: PathBuf,
    text: String,
    file: File,
}

/// What applying a curation did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub hidden_facts: usize,
    pub hidden_entities: usize,
    pub merged_entities: usize,
    pub edited_facts: usize,
    pub pinned_facts: usize,
    /// Entries that matched nothing (the article changed).
    pub stale: Vec<Warning>,
    /// With [`Curation::apply_for_review`]: the facts and names hidden,
    /// which stay in the bundle.
    pub hidden_ids: Vec<u64>,
    pub hidden_names: Vec<String>,
}

impl Curation {
    /// Parse curation text; `path` names it in errors and warnings.
    pub fn parse(path: &Path, text: &str) -> Result<Curation, CompileError> {
        let file: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            CompileError::new(path, line, e.message().trim_end().to_string())
        })?;
        Ok(Curation {
            path: path.to_path_buf(),
            text: text.to_string(),
            file,
        })
    }

    /// Read and parse a curation file.
    pub fn load(path: &Path) -> Result<Curation, CompileError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| CompileError::new(path, None, format!("cannot read: {e}")))?;
        Curation::parse(path, &text)
    }

    /// The curation file of an articles folder, if it has one.
    pub fn of_dir(dir: &Path) -> Result<Option<Curation>, CompileError> {
        let path = dir.join(FILE_NAME);
        if !path.exists() {
            return Ok(None);
        }
        Curation::load(&path).map(Some)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn line(&self, byte: usize) -> usize {
        line_of(&self.text, byte)
    }

    fn err<T>(&self, byte: usize, msg: impl Into<String>) -> Result<T, CompileError> {
        Err(CompileError::new(&self.path, Some(self.line(byte)), msg))
    }

    fn stale(&self, byte: usize, msg: String, out: &mut Summary) {
        out.stale.push(Warning {
            file: self.path.clone(),
            line: Some(self.line(byte)),
            message: msg,
        });
    }

    /// Apply the corrections to a bundle. Errors name the file and line;
    /// entries that match nothing are returned in [`Summary::stale`].
    pub fn apply(&self, b: &mut Bundle) -> Result<Summary, CompileError> {
        self.apply_with(b, false)
    }

    /// Apply the corrections but keep what is hidden (the review page lists
    /// it, to show it again): its ids and names are in the summary.
    pub fn apply_for_review(&self, b: &mut Bundle) -> Result<Summary, CompileError> {
        self.apply_with(b, true)
    }

    fn apply_with(&self, b: &mut Bundle, keep_hidden: bool) -> Result<Summary, CompileError> {
        let mut out = Summary::default();
        self.apply_entities(b, &mut out, keep_hidden)?;
        self.apply_facts(b, &mut out, keep_hidden)?;
        if let Some(bx) = &self.file.bx {
            if let Some(t) = bx.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                b.title = Some(t.to_string());
            }
            if let Some(views) = &bx.views {
                let mut list: Vec<String> = Vec::new();
                for v in views {
                    let name = v.get_ref().trim();
                    if !VIEWS.contains(&name) {
                        return self.err(
                            v.span().start,
                            format!("view {name:?}: expected one of {}", VIEWS.join(", ")),
                        );
                    }
                    if list.iter().any(|x| x == name) {
                        return self.err(v.span().start, format!("view {name:?} is listed twice"));
                    }
                    list.push(name.to_string());
                }
                b.views = list;
            }
        }
        Ok(out)
    }

    fn apply_entities(
        &self,
        b: &mut Bundle,
        out: &mut Summary,
        keep_hidden: bool,
    ) -> Result<(), CompileError> {
        let n = b.entities.len();
        // Where each entity goes: itself, another (merged), or nowhere (hidden).
        let mut target: Vec<Option<usize>> = (0..n).map(Some).collect();
        let mut merges: Vec<(usize, usize, usize)> = Vec::new();
        // Every name is looked up in the names as compiled, before any entry
        // changes them (a display label adds an alias).
        let found: Vec<(Option<usize>, Option<usize>)> = self
            .file
            .entities
            .iter()
            .map(|(name, e)| {
                let into = e
                    .merge_into
                    .as_ref()
                    .and_then(|m| entity_named(b, m.get_ref()));
                (entity_named(b, name.get_ref()), into)
            })
            .collect();
        for ((name, e), &(found, into)) in self.file.entities.iter().zip(&found) {
            let at = name.span().start;
            let Some(i) = found else {
                self.stale(
                    at,
                    format!("name {:?} is in no article (any more)", name.get_ref()),
                    out,
                );
                continue;
            };
            if let Some(k) = &e.kind {
                b.entities[i].kind = EntityKind::parse(k.get_ref()).map_or_else(
                    || {
                        self.err(
                            k.span().start,
                            format!(
                                "kind {:?}: expected person, organization, place, element or other",
                                k.get_ref()
                            ),
                        )
                    },
                    Ok,
                )?;
            }
            if let Some(d) = &e.display {
                let d = d.get_ref().trim();
                let ent = &mut b.entities[i];
                if d.is_empty() || d == ent.name {
                    ent.usual = None;
                } else {
                    let k = match ent.aliases.iter().position(|a| a == d) {
                        Some(k) => k,
                        None => {
                            ent.aliases.push(d.to_string());
                            ent.aliases.len() - 1
                        }
                    };
                    ent.usual = Some(k as u32);
                }
            }
            if let Some(m) = &e.merge_into {
                match into {
                    Some(j) if j != i => merges.push((i, j, m.span().start)),
                    Some(_) => {}
                    None => self.stale(
                        m.span().start,
                        format!("merge_into {:?}: no such name", m.get_ref()),
                        out,
                    ),
                }
            }
            if e.hide {
                if keep_hidden {
                    out.hidden_names.push(b.entities[i].name.clone());
                } else {
                    target[i] = None;
                }
            }
        }
        for &(i, j, _) in &merges {
            if target[i].is_some() {
                target[i] = Some(j);
            }
        }
        // Follow chains of merges (a → b → c) to their end: a name merged
        // into a hidden one is hidden; a cycle is an error.
        let step = target.clone();
        for &(i, _, at) in &merges {
            let mut k = i;
            let mut steps = 0;
            target[i] = loop {
                match step[k] {
                    Some(t) if t != k => k = t,
                    end => break end,
                }
                steps += 1;
                if steps > n {
                    return self.err(at, "merge_into makes a cycle of names");
                }
            };
        }
        if target.iter().enumerate().all(|(i, t)| *t == Some(i)) {
            return Ok(());
        }
        // Merged names pass their aliases and articles on.
        for i in 0..n {
            let Some(t) = target[i].filter(|&t| t != i) else {
                continue;
            };
            out.merged_entities += 1;
            let from = b.entities[i].clone();
            let to = &mut b.entities[t];
            for a in std::iter::once(from.name).chain(from.aliases) {
                if a != to.name && !to.aliases.contains(&a) {
                    to.aliases.push(a);
                }
            }
            for a in from.articles {
                if !to.articles.contains(&a) {
                    to.articles.push(a);
                }
            }
            to.articles.sort_unstable();
        }
        out.hidden_entities = target.iter().filter(|t| t.is_none()).count();
        // New indices of the entities that stay.
        let mut new_ix = vec![u32::MAX; n];
        let mut kept = 0u32;
        for i in 0..n {
            if target[i] == Some(i) {
                new_ix[i] = kept;
                kept += 1;
            }
        }
        let map = |i: u32| target[i as usize].map(|t| new_ix[t]);
        for f in &mut b.facts {
            let mut ents: Vec<u32> = Vec::with_capacity(f.entities.len());
            for e in f.entities.iter().filter_map(|&e| map(e)) {
                if !ents.contains(&e) {
                    ents.push(e);
                }
            }
            f.entities = ents;
            if let Body::Quote { speaker, .. } = &mut f.body {
                *speaker = speaker.and_then(map);
            }
        }
        let mut k = 0;
        b.entities.retain(|_| {
            k += 1;
            target[k - 1] == Some(k - 1)
        });
        Ok(())
    }

    fn apply_facts(
        &self,
        b: &mut Bundle,
        out: &mut Summary,
        keep_hidden: bool,
    ) -> Result<(), CompileError> {
        let mut hide = vec![false; b.facts.len()];
        let mut changed = false;
        let mut ids = Vec::with_capacity(self.file.facts.len());
        for key in self.file.facts.keys() {
            let raw = key.get_ref().trim();
            let Some(id) = fact_key(raw) else {
                return self.err(
                    key.span().start,
                    format!("fact id {raw:?}: expected 16 hex digits, as in a fact's link"),
                );
            };
            ids.push(id);
        }
        let names = FactNames::new(b);
        let found: Vec<Option<usize>> = ids.iter().map(|&id| names.get(id)).collect();
        drop(names);
        // One entry per fact: a second (under the id of another of its
        // reports, after facts merged) is left out with a warning, so that
        // no fact takes two sets of corrections and no build stops because
        // the articles changed.
        let keys: Vec<&Spanned<String>> = self.file.facts.keys().collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by_key(|&k| keys[k].span().start);
        let mut first: std::collections::HashMap<usize, usize> = Default::default();
        let mut left_out = vec![false; keys.len()];
        for k in order {
            let Some(i) = found[k] else { continue };
            match first.get(&i) {
                Some(&a) => {
                    left_out[k] = true;
                    self.stale(
                        keys[k].span().start,
                        format!(
                            "fact {} has an entry on line {} already (under the id of another of its reports): this one is left out; keep one",
                            keys[k].get_ref().trim(),
                            self.line(keys[a].span().start)
                        ),
                        out,
                    );
                }
                None => {
                    first.insert(i, k);
                }
            }
        }
        for (k, ((key, e), (&id, found))) in self
            .file
            .facts
            .iter()
            .zip(ids.iter().zip(found))
            .enumerate()
        {
            if left_out[k] {
                continue;
            }
            let at = key.span().start;
            let Some(i) = found else {
                self.stale(
                    at,
                    format!(
                        "fact {} is in no article (any more): its sentence changed or its article is gone",
                        fact_id_str(id)
                    ),
                    out,
                );
                continue;
            };
            if e.hide {
                hide[i] = true;
            }
            let f = &mut b.facts[i];
            let edits_before = f.edited.len();
            self.correct(&mut f.body, e, &mut f.edited)?;
            if f.edited.len() > edits_before {
                changed = true;
                let redated = f.edited[edits_before..]
                    .iter()
                    .any(|e| e.field == "date" || e.field == "precision");
                reflag(b, i, redated);
                // A hidden fact counts as hidden only: readers see none of it.
                if !e.hide {
                    out.edited_facts += 1;
                }
            }
            let f = &mut b.facts[i];
            if e.pin && !f.pinned {
                f.pinned = true;
                out.pinned_facts += usize::from(!e.hide);
            }
            if let Some(n) = e.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                f.note = Some(n.to_string());
            }
        }
        out.hidden_facts = hide.iter().filter(|&&h| h).count();
        if changed || out.hidden_facts > 0 {
            // Sources that disagreed may agree once a figure is corrected
            // or one of them hidden.
            merge::settle_disagreements(b, &hide);
        }
        if keep_hidden {
            out.hidden_ids = (0..hide.len())
                .filter(|&i| hide[i])
                .map(|i| b.facts[i].id)
                .collect();
        } else if out.hidden_facts > 0 {
            remove_facts(b, &hide);
        }
        Ok(())
    }

    /// Apply one entry's corrections to a fact's body, recording each field
    /// that changes and its value before.
    fn correct(
        &self,
        body: &mut Body,
        e: &FactEntry,
        edited: &mut Vec<Edit>,
    ) -> Result<(), CompileError> {
        let kind = body.kind().as_str();
        let mut record = |field: &str, before: Prior| {
            // A field edited twice (a later build of an edited bundle does
            // not happen: curation runs on fresh bundles) keeps its first value.
            if !edited.iter().any(|x| x.field == field) {
                edited.push(Edit {
                    field: field.to_string(),
                    before,
                });
            }
        };
        // Each kind takes its own fields only (a note and marks go on any fact).
        let own: &[&str] = match body {
            Body::Quantity { .. } => &["value", "upper", "unit", "qualifier", "measure"],
            Body::Event { .. } => &["date", "precision", "summary"],
            Body::Quote { .. } | Body::Row { .. } => &[],
        };
        for (field, at) in e.corrections() {
            if let Some(at) = at.filter(|_| !own.contains(&field)) {
                return self.err(
                    at,
                    format!("{field} does not apply to a fact of kind {kind}"),
                );
            }
        }
        match body {
            Body::Quantity {
                value,
                upper,
                unit,
                qualifier,
                measure,
                ..
            } => {
                if let Some(v) = &e.value {
                    let x = finite(self, v)?;
                    if x != *value {
                        record("value", Prior::Number(*value));
                        *value = x;
                    }
                }
                if let Some(v) = &e.upper {
                    let x = finite(self, v)?;
                    if Some(x) != *upper {
                        record("upper", upper.map_or(Prior::None, Prior::Number));
                        *upper = Some(x);
                    }
                }
                if let Some(u) = &e.unit {
                    let new = Some(u.get_ref().trim().to_string()).filter(|u| !u.is_empty());
                    if new != *unit {
                        record("unit", unit.clone().map_or(Prior::None, Prior::Text));
                        *unit = new;
                    }
                }
                if let Some(q) = &e.qualifier {
                    let new = Qualifier::parse(q.get_ref()).map_or_else(
                        || {
                            self.err(
                                q.span().start,
                                format!(
                                    "qualifier {:?}: expected exact, approx, over, under or range",
                                    q.get_ref()
                                ),
                            )
                        },
                        Ok,
                    )?;
                    if new != *qualifier {
                        record("qualifier", Prior::Text(qualifier.as_str().into()));
                        *qualifier = new;
                    }
                }
                if let Some(m) = &e.measure {
                    text_field(self, m, measure, "measure", &mut record)?;
                }
                if let (Qualifier::Range, None) = (*qualifier, *upper) {
                    let at = e.qualifier.as_ref().map_or(0, |q| q.span().start);
                    return self.err(at, "a range needs an upper value (upper = …)");
                }
                if let Some(u) = *upper {
                    if u < *value {
                        let at = e
                            .upper
                            .as_ref()
                            .or(e.value.as_ref())
                            .map_or(0, |v| v.span().start);
                        return self.err(at, format!("upper {u} is below value {value}"));
                    }
                }
            }
            Body::Event {
                date,
                precision,
                summary,
            } => {
                if e.date.is_some() || e.precision.is_some() {
                    let new_date = e
                        .date
                        .as_ref()
                        .map_or(date.as_str(), |d| d.get_ref().trim());
                    let at = e
                        .date
                        .as_ref()
                        .or(e.precision.as_ref())
                        .map_or(0, |s| s.span().start);
                    let shape = date_precision(new_date).map_or_else(
                        || self.err(at, format!("date {new_date:?}: expected 2026-02-01, 2026-02, 2026, 2020s or --02-01")),
                        Ok,
                    )?;
                    let new_p = match &e.precision {
                        Some(p) => Precision::parse(p.get_ref()).map_or_else(
                            || self.err(p.span().start, format!("precision {:?}: expected day, month, year, decade or month-day", p.get_ref())),
                            Ok,
                        )?,
                        None => shape,
                    };
                    if new_p != shape {
                        return self.err(
                            at,
                            format!(
                                "date {new_date:?} is not written at precision {}",
                                new_p.as_str()
                            ),
                        );
                    }
                    if new_date != date {
                        record("date", Prior::Text(date.clone()));
                        *date = new_date.to_string();
                    }
                    if new_p != *precision {
                        record("precision", Prior::Text(precision.as_str().into()));
                        *precision = new_p;
                    }
                }
                if let Some(s) = &e.summary {
                    text_field(self, s, summary, "summary", &mut record)?;
                }
            }
            Body::Quote { .. } | Body::Row { .. } => {}
        }
        Ok(())
    }
}

/// A corrected fact's flags again: a quantity's from its corrected value
/// ([`merge::quantity_flags`]), an event's `future-date`, when its date or
/// precision was corrected (`redated`), against its sources' publication
/// dates ([`merge::event_flags_after_edit`]).
fn reflag(b: &mut Bundle, i: usize, redated: bool) {
    let Bundle {
        facts, articles, ..
    } = b;
    let f = &mut facts[i];
    match &f.body {
        Body::Quantity { .. } => f.flags = merge::quantity_flags(&f.body),
        Body::Event {
            date, precision, ..
        } if redated => {
            let published: Vec<&str> = f
                .sources
                .iter()
                .filter_map(|s| articles[s.article as usize].published.as_deref())
                .collect();
            merge::event_flags_after_edit(&mut f.flags, date, *precision, &published);
        }
        Body::Event { .. } | Body::Quote { .. } | Body::Row { .. } => {}
    }
}

/// A finite number, or an error at its place.
fn finite(c: &Curation, v: &Spanned<f64>) -> Result<f64, CompileError> {
    let x = *v.get_ref();
    if x.is_finite() {
        Ok(x)
    } else {
        c.err(
            v.span().start,
            format!("{x} is not a number a fact can have"),
        )
    }
}

/// A non-empty text field: set it, recording its value before.
fn text_field(
    c: &Curation,
    new: &Spanned<String>,
    field: &mut String,
    name: &str,
    record: &mut impl FnMut(&str, Prior),
) -> Result<(), CompileError> {
    let t = new.get_ref().trim();
    if t.is_empty() {
        return c.err(new.span().start, format!("{name} cannot be empty"));
    }
    if t != field {
        record(name, Prior::Text(std::mem::replace(field, t.to_string())));
    }
    Ok(())
}

/// 1-based line of a byte offset.
fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The fact id a curation file's key gives: 16 hex digits, with or
/// without the `fact-` of a deep link, white space around ignored.
pub fn fact_key(key: &str) -> Option<u64> {
    let k = key.trim();
    parse_fact_id(k.strip_prefix("fact-").unwrap_or(k))
}

/// The ids a fact's reports would give it, beside its own (see "Stable
/// ids" in the README: a fact takes the id of its report in the earliest
/// published article, so adding an earlier article that reports it gives
/// it that report's id, and an entry written under the id it had should
/// still name it). Each is hashed as a first report (`n` = 0): a sentence
/// an article repeats is known by its fact's own id only.
pub fn fact_ids(b: &Bundle, f: &Fact) -> Vec<u64> {
    let mut ids = vec![f.id];
    for s in &f.sources {
        let id = merge::report_id(
            &b.articles[s.article as usize].id,
            f.kind(),
            &b.sentences[s.sentence as usize],
            s.span,
            0,
        );
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Which fact an id names: the fact with that id, else the one fact with
/// a report that has it ([`fact_ids`]; an id the reports of two facts
/// share, as a repeated sentence's can, names neither). The reports are
/// hashed the first time an id is not a fact's own.
pub struct FactNames<'a> {
    b: &'a Bundle,
    own: std::collections::HashMap<u64, usize>,
    reports: std::cell::OnceCell<std::collections::HashMap<u64, Option<usize>>>,
}

impl<'a> FactNames<'a> {
    pub fn new(b: &'a Bundle) -> FactNames<'a> {
        FactNames {
            b,
            own: b.facts.iter().enumerate().map(|(i, f)| (f.id, i)).collect(),
            reports: std::cell::OnceCell::new(),
        }
    }

    /// The index of the fact `id` names.
    pub fn get(&self, id: u64) -> Option<usize> {
        if let Some(&i) = self.own.get(&id) {
            return Some(i);
        }
        let reports = self.reports.get_or_init(|| {
            let mut m: std::collections::HashMap<u64, Option<usize>> = Default::default();
            for (i, f) in self.b.facts.iter().enumerate() {
                for id in fact_ids(self.b, f).into_iter().skip(1) {
                    let x = m.entry(id).or_insert(Some(i));
                    if *x != Some(i) {
                        *x = None;
                    }
                }
            }
            m
        });
        reports.get(&id).copied().flatten()
    }
}

/// An entity by its name, else an alias, exactly; else either ignoring
/// case; else by id.
pub fn entity_named(b: &Bundle, name: &str) -> Option<usize> {
    let n = name.trim();
    let es = &b.entities;
    es.iter()
        .position(|e| e.name == n)
        .or_else(|| es.iter().position(|e| e.aliases.iter().any(|a| a == n)))
        .or_else(|| {
            let l = n.to_lowercase();
            es.iter().position(|e| {
                e.name.to_lowercase() == l || e.aliases.iter().any(|a| a.to_lowercase() == l)
            })
        })
        .or_else(|| es.iter().position(|e| e.id == n))
}

/// The precision a date is written at, if it is a valid ISO prefix:
/// `2026-02-01` day, `2026-02` month, `2026` year, `2020s` decade,
/// `--02-01` month and day.
pub fn date_precision(d: &str) -> Option<Precision> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let num = |s: &str| s.parse::<i16>().ok();
    if let Some(md) = d.strip_prefix("--") {
        let (m, day) = md.split_once('-')?;
        return (digits(m, 2) && digits(day, 2))
            .then(|| jiff::civil::Date::new(2024, num(m)? as i8, num(day)? as i8).ok())
            .flatten()
            .map(|_| Precision::MonthDay);
    }
    if let Some(dec) = d.strip_suffix('s') {
        return (digits(dec, 4) && dec.ends_with('0')).then_some(Precision::Decade);
    }
    let parts: Vec<&str> = d.split('-').collect();
    match parts.as_slice() {
        [y] if digits(y, 4) => Some(Precision::Year),
        [y, m] if digits(y, 4) && digits(m, 2) && (1..=12).contains(&num(m)?) => {
            Some(Precision::Month)
        }
        [y, m, day] if digits(y, 4) && digits(m, 2) && digits(day, 2) => {
            jiff::civil::Date::new(num(y)?, num(m)? as i8, num(day)? as i8)
                .ok()
                .map(|_| Precision::Day)
        }
        _ => None,
    }
}

/// Remove the facts marked in `hide`, mending every index into the facts
/// (linked quantities, disagreements; a disagreement left with one fact goes).
fn remove_facts(b: &mut Bundle, hide: &[bool]) {
    let mut new_ix = vec![u32::MAX; hide.len()];
    let mut kept = 0u32;
    for (i, &h) in hide.iter().enumerate() {
        if !h {
            new_ix[i] = kept;
            kept += 1;
        }
    }
    let mut k = 0;
    b.facts.retain(|_| {
        k += 1;
        !hide[k - 1]
    });
    for f in &mut b.facts {
        if let Body::Quantity { same_as, .. } = &mut f.body {
            *same_as = same_as
                .filter(|&s| !hide[s as usize])
                .map(|s| new_ix[s as usize]);
        }
    }
    for d in &mut b.disagreements {
        d.facts = d
            .facts
            .iter()
            .filter(|&&f| !hide[f as usize])
            .map(|&f| new_ix[f as usize])
            .collect();
    }
    b.disagreements.retain(|d| d.facts.len() >= 2);
    // A sentence only hidden facts cited leaves the bundle too.
    let mut used = vec![false; b.sentences.len()];
    for f in &b.facts {
        for s in &f.sources {
            used[s.sentence as usize] = true;
        }
    }
    let mut new_s = vec![u32::MAX; used.len()];
    let mut kept = 0u32;
    for (i, &u) in used.iter().enumerate() {
        if u {
            new_s[i] = kept;
            kept += 1;
        }
    }
    let mut k = 0;
    b.sentences.retain(|_| {
        k += 1;
        used[k - 1]
    });
    for f in &mut b.facts {
        for s in &mut f.sources {
            s.sentence = new_s[s.sentence as usize];
        }
    }
}

#[cfg(test)]
mod tests;
