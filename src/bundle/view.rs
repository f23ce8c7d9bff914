//! The public view of a bundle: cross references as ids, sentences as
//! text, in the documented field order. One set of types serves both
//! `factpack dump` (serialized with serde_json) and the widget's JS API
//! `loadBundle` (serialized to plain JS objects with serde-wasm-bindgen).

use super::{Body, Bundle, Edit, FORMAT, Fact, Prior, fact_id_str};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

#[derive(Serialize)]
pub struct View<'a> {
    pub format: u16,
    /// The box's title, when an editor set one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    /// The views to show, in order, when an editor chose them.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub views: &'a [String],
    pub articles: Vec<ArticleView<'a>>,
    pub entities: Vec<EntityView<'a>>,
    pub facts: Vec<FactView<'a>>,
    pub disagreements: Vec<DisagreementView<'a>>,
}

#[derive(Serialize)]
pub struct ArticleView<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub title: &'a str,
    pub publisher: Option<&'a str>,
    pub url: Option<&'a str>,
    pub published: Option<&'a str>,
}

#[derive(Serialize)]
pub struct EntityView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
    pub aliases: &'a [String],
    pub articles: Vec<&'a str>,
    /// The form the articles use most when it is another than `name` (one of `aliases`).
    pub usual: Option<&'a str>,
}

#[derive(Serialize)]
pub struct SourceView<'a> {
    pub article: &'a str,
    pub sentence: &'a str,
    pub span: [u32; 2],
}

#[derive(Serialize)]
pub struct FlagView<'a> {
    pub code: &'a str,
    pub reason: &'a str,
}

/// A fact: the common fields, then its kind's fields.
pub struct FactView<'a> {
    pub id: String,
    pub kind: &'static str,
    pub sources: Vec<SourceView<'a>>,
    pub entities: Vec<&'a str>,
    pub flags: Vec<FlagView<'a>>,
    pub body: &'a Body,
    /// The fact itself (its editor's marks).
    fact: &'a Fact,
    /// The view of the whole bundle, to turn indices into ids.
    b: &'a Bundle,
}

/// Edited fields → their values before, as an object.
struct Edited<'a>(&'a [Edit]);

impl Serialize for Edited<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for e in self.0 {
            match &e.before {
                Prior::None => m.serialize_entry(&e.field, &())?,
                Prior::Number(x) => m.serialize_entry(&e.field, x)?,
                Prior::Text(t) => m.serialize_entry(&e.field, t)?,
            }
        }
        m.end()
    }
}

#[derive(Serialize)]
pub struct DisagreementView<'a> {
    pub id: String,
    pub about: &'a str,
    pub facts: Vec<String>,
}

/// Header → cell, as an object in column order.
struct Cells<'a>(&'a [(String, String)]);

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (h, c) in self.0 {
            m.serialize_entry(h, c)?;
        }
        m.end()
    }
}

impl Serialize for FactView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("kind", self.kind)?;
        m.serialize_entry("sources", &self.sources)?;
        m.serialize_entry("entities", &self.entities)?;
        m.serialize_entry("flags", &self.flags)?;
        let f = self.fact;
        if f.pinned {
            m.serialize_entry("pinned", &true)?;
        }
        if let Some(n) = &f.note {
            m.serialize_entry("note", n)?;
        }
        if !f.edited.is_empty() {
            m.serialize_entry("edited", &Edited(&f.edited))?;
        }
        let entity = |i: u32| self.b.entities[i as usize].id.as_str();
        match self.body {
            Body::Quantity {
                value,
                upper,
                unit,
                qualifier,
                measure,
                same_as,
            } => {
                m.serialize_entry("value", value)?;
                m.serialize_entry("upper", upper)?;
                m.serialize_entry("unit", unit)?;
                m.serialize_entry("qualifier", qualifier.as_str())?;
                m.serialize_entry("measure", measure)?;
                m.serialize_entry(
                    "same_as",
                    &same_as.map(|i| fact_id_str(self.b.facts[i as usize].id)),
                )?;
            }
            Body::Event {
                date,
                precision,
                summary,
            } => {
                m.serialize_entry("date", date)?;
                m.serialize_entry("precision", precision.as_str())?;
                m.serialize_entry("summary", summary)?;
            }
            Body::Quote { speaker, quote } => {
                m.serialize_entry("speaker", &speaker.map(entity))?;
                m.serialize_entry("quote", quote)?;
            }
            Body::Row { table, cells } => {
                m.serialize_entry("table", table)?;
                m.serialize_entry("cells", &Cells(cells))?;
            }
        }
        m.end()
    }
}

/// The view of a bundle.
pub fn view(b: &Bundle) -> View<'_> {
    let article = |i: u32| b.articles[i as usize].id.as_str();
    View {
        format: FORMAT,
        title: b.title.as_deref(),
        views: &b.views,
        articles: b
            .articles
            .iter()
            .map(|a| ArticleView {
                id: &a.id,
                file: &a.file,
                title: &a.title,
                publisher: a.publisher.as_deref(),
                url: a.url.as_deref(),
                published: a.published.as_deref(),
            })
            .collect(),
        entities: b
            .entities
            .iter()
            .map(|e| EntityView {
                id: &e.id,
                name: &e.name,
                kind: e.kind.as_str(),
                aliases: &e.aliases,
                articles: e.articles.iter().map(|&a| article(a)).collect(),
                usual: e
                    .usual
                    .and_then(|u| e.aliases.get(u as usize))
                    .map(String::as_str),
            })
            .collect(),
        facts: b
            .facts
            .iter()
            .map(|f| FactView {
                id: fact_id_str(f.id),
                kind: f.kind().as_str(),
                sources: f
                    .sources
                    .iter()
                    .map(|s| SourceView {
                        article: article(s.article),
                        sentence: &b.sentences[s.sentence as usize],
                        span: s.span,
                    })
                    .collect(),
                entities: f
                    .entities
                    .iter()
                    .map(|&e| b.entities[e as usize].id.as_str())
                    .collect(),
                flags: f
                    .flags
                    .iter()
                    .map(|x| FlagView {
                        code: &x.code,
                        reason: &x.reason,
                    })
                    .collect(),
                body: &f.body,
                fact: f,
                b,
            })
            .collect(),
        disagreements: b
            .disagreements
            .iter()
            .enumerate()
            .map(|(i, d)| DisagreementView {
                id: format!("d{}", i + 1),
                about: &d.about,
                facts: d
                    .facts
                    .iter()
                    .map(|&f| fact_id_str(b.facts[f as usize].id))
                    .collect(),
            })
            .collect(),
    }
}
