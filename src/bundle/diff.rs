//! What changed between two bundles, fact by fact (`factpack diff`): facts
//! are matched by id, and compared field by field in their JSON view, so
//! that indices (which differ between any two builds) never count, only what
//! they point at.

use super::{Bundle, view};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One field of a fact that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub before: Value,
    pub after: Value,
}

/// A fact in both bundles whose fields differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    pub id: String,
    pub fields: BTreeMap<String, FieldChange>,
}

/// The difference between two bundles. Ids are in the order of the bundle
/// they are in.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Diff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<Changed>,
    /// The box's own fields that changed (`title`, `views`), when any did.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub r#box: BTreeMap<String, FieldChange>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.r#box.is_empty()
    }

    /// How many changed facts changed each field, most first: `[("value", 2)]`.
    pub fn field_counts(&self) -> Vec<(String, usize)> {
        let mut n: BTreeMap<&str, usize> = BTreeMap::new();
        for c in &self.changed {
            for f in c.fields.keys() {
                *n.entry(f).or_default() += 1;
            }
        }
        let mut v: Vec<(String, usize)> = n.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }

    /// One line for a newsroom's CI: "the fact box changed: 3 new facts,
    /// 1 removed, 1 changed (1 value)", or "no change".
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "no change in the facts".into();
        }
        let boxed = (!self.r#box.is_empty()).then(|| {
            let f: Vec<&str> = self.r#box.keys().map(String::as_str).collect();
            format!("its {} changed", f.join(" and "))
        });
        let mut parts = Vec::new();
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        if !self.added.is_empty() {
            parts.push(plural(self.added.len(), "new fact", "new facts"));
        }
        if !self.removed.is_empty() {
            parts.push(plural(self.removed.len(), "fact removed", "facts removed"));
        }
        if !self.changed.is_empty() {
            let fields: Vec<String> = self
                .field_counts()
                .into_iter()
                .map(|(f, n)| format!("{n} {f}"))
                .collect();
            parts.push(format!(
                "{} ({})",
                plural(self.changed.len(), "fact changed", "facts changed"),
                fields.join(", ")
            ));
        }
        parts.extend(boxed);
        format!("the fact box changed: {}", parts.join(", "))
    }
}

/// Each fact of a bundle as its JSON view, by id, in bundle order.
fn facts(b: &Bundle) -> Vec<(String, Map<String, Value>)> {
    let v = serde_json::to_value(view::view(b)).unwrap_or(Value::Null);
    let Some(list) = v.get("facts").and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|f| {
            let m = f.as_object()?.clone();
            Some((m.get("id")?.as_str()?.to_string(), m))
        })
        .collect()
}

/// A fact's reports as (kind, article, sentence, span) keys.
fn reports(f: &Map<String, Value>) -> Vec<String> {
    let kind = f.get("kind").cloned().unwrap_or(Value::Null);
    f.get("sources")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|x| {
                    format!(
                        "{kind}\u{0}{}\u{0}{}\u{0}{}",
                        x["article"], x["sentence"], x["span"]
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Compare two bundles fact by fact. A fact whose id changed (an article
/// published earlier that reports it was added, so its id comes from that
/// report) is matched by a report it keeps: the same article, sentence and
/// words. It is a fact changed, its `id` field among the changes, not one
/// removed and one added.
pub fn diff(old: &Bundle, new: &Bundle) -> Diff {
    let (a, b) = (facts(old), facts(new));
    let old_by_id: BTreeMap<&str, &Map<String, Value>> =
        a.iter().map(|(id, m)| (id.as_str(), m)).collect();
    let new_ids: BTreeMap<&str, ()> = b.iter().map(|(id, _)| (id.as_str(), ())).collect();
    // The reports of the facts whose ids are gone: where a new id may have come from.
    // (Two facts may share a report, as a sentence an article repeats: each key lists them all.)
    let mut gone_by_report: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (id, f) in a
        .iter()
        .filter(|(id, _)| !new_ids.contains_key(id.as_str()))
    {
        for r in reports(f) {
            gone_by_report.entry(r).or_default().push(id.as_str());
        }
    }
    let mut followed: BTreeMap<&str, &str> = BTreeMap::new();
    let mut d = Diff::default();
    for (id, after) in &b {
        let (before, old_id) = match old_by_id.get(id.as_str()) {
            Some(before) => (*before, None),
            None => {
                let from = reports(after).into_iter().find_map(|r| {
                    gone_by_report
                        .get(&r)?
                        .iter()
                        .copied()
                        .find(|o| !followed.contains_key(o))
                });
                match from {
                    Some(o) => {
                        followed.insert(o, id.as_str());
                        (old_by_id[o], Some(o))
                    }
                    None => {
                        d.added.push(id.clone());
                        continue;
                    }
                }
            }
        };
        let mut fields = BTreeMap::new();
        if let Some(o) = old_id {
            fields.insert(
                "id".to_string(),
                FieldChange {
                    before: Value::String(o.to_string()),
                    after: Value::String(id.clone()),
                },
            );
        }
        let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        for k in keys.into_iter().filter(|k| *k != "id") {
            let (x, y) = (
                before.get(k).cloned().unwrap_or(Value::Null),
                after.get(k).cloned().unwrap_or(Value::Null),
            );
            if x != y {
                fields.insert(
                    k.clone(),
                    FieldChange {
                        before: x,
                        after: y,
                    },
                );
            }
        }
        if !fields.is_empty() {
            d.changed.push(Changed {
                id: id.clone(),
                fields,
            });
        }
    }
    d.removed = a
        .iter()
        .filter(|(id, _)| !new_ids.contains_key(id.as_str()) && !followed.contains_key(id.as_str()))
        .map(|(id, _)| id.clone())
        .collect();
    for (k, x, y) in [
        (
            "title",
            serde_json::json!(old.title),
            serde_json::json!(new.title),
        ),
        (
            "views",
            serde_json::json!(old.views),
            serde_json::json!(new.views),
        ),
    ] {
        if x != y {
            d.r#box.insert(
                k.into(),
                FieldChange {
                    before: x,
                    after: y,
                },
            );
        }
    }
    d
}
