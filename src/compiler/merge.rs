//! Stage 6, merge: combine the facts of all articles into one bundle. The same
//! fact reported several times becomes one fact with several sources.

use super::Warning;
use super::extract::ArticleFacts;
use crate::bundle::{Bundle, Fact, Source};
use std::collections::HashMap;

/// FNV-1a, 32 bits: a stable hash for content-derived ids.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

/// Merge per-article facts into a bundle. Deterministic: the output depends
/// only on the input's content and order.
pub fn merge(docs: Vec<ArticleFacts>, _warnings: &mut Vec<Warning>) -> Bundle {
    let mut bundle = Bundle::default();
    let mut sentence_ix: HashMap<String, u32> = HashMap::new();
    let mut fact_ix: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut used_ids: HashMap<u32, ()> = HashMap::new();
    for (a, doc) in docs.into_iter().enumerate() {
        bundle.articles.push(doc.meta);
        for raw in doc.facts {
            let next = bundle.sentences.len() as u32;
            let sentence = *sentence_ix.entry(raw.sentence.clone()).or_insert_with(|| {
                bundle.sentences.push(raw.sentence);
                next
            });
            let source = Source { article: a as u32, sentence, span: raw.span };
            let key = postcard::to_allocvec(&raw.body).expect("bundle types always serialize");
            if let Some(&i) = fact_ix.get(&key) {
                let f: &mut Fact = &mut bundle.facts[i];
                if !f.sources.contains(&source) {
                    f.sources.push(source);
                }
                continue;
            }
            let mut id = fnv1a(&key);
            while used_ids.insert(id, ()).is_some() {
                id = id.wrapping_add(1);
            }
            fact_ix.insert(key, bundle.facts.len());
            bundle.facts.push(Fact { id, body: raw.body, sources: vec![source], entities: vec![], flags: vec![] });
        }
    }
    bundle
}
