//! Stage 3, segment: split cleaned text into sentences.

/// Split text into sentences: paragraphs are lines; inside a line a sentence
/// ends at `.`, `!` or `?` followed by a space and an upper-case letter.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut start = 0;
        for i in 0..chars.len() {
            let (at, c) = chars[i];
            let ends = matches!(c, '.' | '!' | '?')
                && chars.get(i + 1).is_some_and(|&(_, n)| n == ' ')
                && chars.get(i + 2).is_some_and(|&(_, n)| n.is_uppercase());
            if ends {
                out.push(line[start..=at].trim().to_string());
                start = at + 1;
            }
        }
        let rest = line[start..].trim();
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_lines_and_sentences() {
        let s = super::sentences("One two. Three four!\n\nFive 5.5 six.\n");
        assert_eq!(s, ["One two.", "Three four!", "Five 5.5 six."]);
    }
}
