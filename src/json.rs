//! The JSON view of a bundle printed by `factpack dump`: a public contract,
//! documented in the README. Cross references become ids, sentences text.

use crate::bundle::{Body, Bundle, FORMAT, fact_id_str};
use serde_json::{Value, json};

/// The JSON view of a bundle.
pub fn to_json(b: &Bundle) -> Value {
    let article_id = |i: u32| b.articles[i as usize].id.clone();
    let entity_id = |i: u32| b.entities[i as usize].id.clone();
    let fact_id = |i: u32| fact_id_str(b.facts[i as usize].id);
    let articles: Vec<Value> = b
        .articles
        .iter()
        .map(|a| {
            json!({"id": a.id, "file": a.file, "title": a.title, "publisher": a.publisher,
                   "url": a.url, "published": a.published})
        })
        .collect();
    let entities: Vec<Value> = b
        .entities
        .iter()
        .map(|e| {
            json!({"id": e.id, "name": e.name, "kind": e.kind.as_str(), "aliases": e.aliases,
                   "articles": e.articles.iter().map(|&a| article_id(a)).collect::<Vec<_>>()})
        })
        .collect();
    let facts: Vec<Value> = b
        .facts
        .iter()
        .map(|f| {
            let mut v = json!({
                "id": fact_id_str(f.id),
                "kind": f.kind().as_str(),
                "sources": f.sources.iter().map(|s| json!({
                    "article": article_id(s.article),
                    "sentence": b.sentences[s.sentence as usize],
                    "span": s.span,
                })).collect::<Vec<_>>(),
                "entities": f.entities.iter().map(|&e| entity_id(e)).collect::<Vec<_>>(),
                "flags": f.flags.iter().map(|x| json!({"code": x.code, "reason": x.reason})).collect::<Vec<_>>(),
            });
            let fields = match &f.body {
                Body::Quantity { value, upper, unit, qualifier, measure, same_as } => json!({
                    "value": value, "upper": upper, "unit": unit, "qualifier": qualifier.as_str(),
                    "measure": measure, "same_as": same_as.map(fact_id),
                }),
                Body::Event { date, precision, summary } => {
                    json!({"date": date, "precision": precision.as_str(), "summary": summary})
                }
                Body::Quote { speaker, quote } => json!({"speaker": speaker.map(entity_id), "quote": quote}),
                Body::Row { table, cells } => json!({
                    "table": table,
                    "cells": cells.iter().map(|(h, c)| (h.clone(), Value::String(c.clone()))).collect::<serde_json::Map<_, _>>(),
                }),
            };
            if let (Value::Object(o), Value::Object(extra)) = (&mut v, fields) {
                o.extend(extra);
            }
            v
        })
        .collect();
    let disagreements: Vec<Value> = b
        .disagreements
        .iter()
        .enumerate()
        .map(|(i, d)| {
            json!({"id": format!("d{}", i + 1), "about": d.about,
                   "facts": d.facts.iter().map(|&f| fact_id(f)).collect::<Vec<_>>()})
        })
        .collect();
    json!({"format": FORMAT, "articles": articles, "entities": entities, "facts": facts, "disagreements": disagreements})
}
