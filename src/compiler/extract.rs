//! Stage 4, extract: find facts in sentences.

use crate::bundle::{Article, Body, Qualifier};

/// A fact found in one sentence of one article, before merging.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFact {
    pub body: Body,
    /// The exact source sentence.
    pub sentence: String,
    /// Character span of the fact's words in the sentence.
    pub span: [u32; 2],
}

/// Everything extracted from one article.
#[derive(Debug, Clone)]
pub struct ArticleFacts {
    pub meta: Article,
    pub facts: Vec<RawFact>,
}

/// Extract the numbers of every sentence as quantity facts.
pub fn extract(meta: Article, sentences: Vec<String>) -> ArticleFacts {
    let mut facts = Vec::new();
    for s in sentences {
        for (value, unit, span) in numbers(&s) {
            let measure = s.chars().skip(span[1] as usize).collect::<String>();
            let measure = measure.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
            let body = Body::Quantity { value, upper: None, unit, qualifier: Qualifier::Exact, measure, same_as: None };
            facts.push(RawFact { body, sentence: s.clone(), span });
        }
    }
    ArticleFacts { meta, facts }
}

/// Numbers written in digits (with `,` thousands separators and a decimal
/// point), with `%` or "percent" as their unit; spans in characters.
fn numbers(s: &str) -> Vec<(f64, Option<String>, [u32; 2])> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let begin = i;
        let mut digits = String::new();
        while i < chars.len() {
            let c = chars[i];
            let sep = matches!(c, ',' | '.') && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if c.is_ascii_digit() || (c == '.' && sep) {
                digits.push(c);
            } else if !(c == ',' && sep) {
                break;
            }
            i += 1;
        }
        if i < chars.len() && chars[i].is_alphabetic() {
            continue; // part of a word such as "5G"
        }
        let Ok(value) = digits.parse::<f64>() else { continue };
        let rest: String = chars[i..].iter().collect();
        let (unit, end) = if rest.starts_with('%') {
            (Some("%".to_string()), i + 1)
        } else if rest.starts_with(" percent") {
            (Some("%".to_string()), i + 8)
        } else {
            (None, i)
        };
        out.push((value, unit, [begin as u32, end as u32]));
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_numbers_with_units() {
        let n = numbers("China has 70% and 1,950 km, more than 80 percent; not 5G.");
        assert_eq!(n.len(), 3);
        assert_eq!(n[0], (70.0, Some("%".into()), [10, 13]));
        assert_eq!(n[1], (1950.0, None, [18, 23]));
        assert_eq!(n[2], (80.0, Some("%".into()), [38, 48]));
    }
}
