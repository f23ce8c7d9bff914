//! A generator of synthetic news articles for benchmarks and robustness
//! tests: deterministic (seeded), with numbers, money, dates, people,
//! organizations, places, quotes, tables and page chrome in realistic
//! proportions. Nothing here feeds the extractor.

use factpack::compiler::lexicon;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// xorshift64*: small, fast, deterministic; with how many organizations
/// the articles it writes are about (`None`: every one of the lists').
pub struct Rng(u64, Option<usize>);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1), None)
    }
    /// Articles about only `orgs` organizations: the same companies in
    /// every article, as in a newsroom's archive on one beat.
    pub fn about(seed: u64, orgs: usize) -> Self {
        Rng(seed.max(1), Some(orgs.max(1)))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FIRST: &[&str] = &[
    "Ana", "Kenji", "Maria", "David", "Aiko", "Lars", "Fatima", "Chen", "Olga", "Pedro", "Grace",
    "Tomas", "Leila", "Hiro", "Nadia", "Samuel",
];
const LAST: &[&str] = &[
    "Ferreira", "Tanaka", "Lopez", "Okafor", "Nakamura", "Berg", "Haddad", "Wei", "Petrova",
    "Silva", "Mensah", "Novak", "Karimi", "Sato", "Ivanova", "Reyes",
];
pub const ORG_STEMS: &[&str] = &[
    "Northwind",
    "Meridian",
    "Atlas",
    "Bluefin",
    "Crescent",
    "Granite",
    "Helios",
    "Kestrel",
    "Lumen",
    "Orion",
    "Pinnacle",
    "Summit",
];
const ORG_KINDS: &[&str] = &[
    "Corporation",
    "Holdings",
    "Group",
    "Energy",
    "Mining",
    "Materials",
    "Institute",
    "Bank",
];
const TITLES: &[&str] = &[
    "Prime Minister",
    "Finance Minister",
    "Chief Executive",
    "Mayor",
    "Governor",
    "Professor",
];
const MEASURES: &[&str] = &[
    "exports",
    "output",
    "sales",
    "imports",
    "production",
    "demand",
    "investment",
    "revenue",
];
const VERBS: &[&str] = &["rose", "fell", "grew", "climbed", "dropped"];
const UNITS: &[(&str, u32)] = &[
    ("kilometers", 5000),
    ("meters", 9000),
    ("tonnes", 90000),
    ("hectares", 4000),
    ("miles", 3000),
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const CHROME: &[&str] = &[
    "We use cookies to improve your experience. Accept all",
    "Sign up for our newsletter and get the top stories every morning.",
    "Also read: Ten things to know about the markets this week",
    "Share on Facebook · Share on X · Copy link",
    "Support independent journalism. Your donation keeps our reporters on the ground. Donate now.",
];

fn person(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

fn org(r: &mut Rng) -> String {
    match r.1 {
        None => format!("{} {}", r.pick(ORG_STEMS), r.pick(ORG_KINDS)),
        Some(n) => {
            let k = r.below(n.min(ORG_STEMS.len() * ORG_KINDS.len()));
            format!(
                "{} {}",
                ORG_STEMS[k % ORG_STEMS.len()],
                ORG_KINDS[k / ORG_STEMS.len()]
            )
        }
    }
}

fn place(r: &mut Rng) -> &'static str {
    r.pick(lexicon::COUNTRIES).0
}

fn sentence(r: &mut Rng, year: u32) -> String {
    match r.below(9) {
        0 => format!(
            "{} {} {}% in {}, {} said.",
            place(r),
            r.pick(MEASURES),
            r.below(60) + 1,
            r.pick(MONTHS),
            org(r)
        ),
        1 => format!(
            "{} agreed to pay ${}.{} billion for a stake in {}.",
            org(r),
            r.below(20) + 1,
            r.below(10),
            org(r)
        ),
        2 => {
            let (u, max) = *r.pick(UNITS);
            format!(
                "The site lies about {} {u} from the coast of {}.",
                r.below(max as usize) + 10,
                place(r)
            )
        }
        3 => format!(
            "“We expect {} to {} next year,” {} {} said on {}.",
            r.pick(MEASURES),
            r.pick(&["recover", "grow", "stabilize"]),
            r.pick(TITLES),
            person(r),
            r.pick(DAYS)
        ),
        4 => format!(
            "In {year}, {} produced {} percent of the world's {} supply.",
            place(r),
            r.below(90) + 5,
            lexicon::ELEMENTS[r.below(70)].0
        ),
        5 => format!(
            "{} {} by more than {}% last month, according to the {}.",
            r.pick(MEASURES),
            r.pick(VERBS),
            r.below(40) + 1,
            org(r)
        ),
        6 => format!(
            "The {} ({}) plans to open {} new plants by {}.",
            org(r),
            "NWC",
            r.below(12) + 2,
            year + 1 + r.below(5) as u32
        ),
        7 => format!(
            "Officials in {} said {} workers had been hired since {}.",
            place(r),
            r.below(9000) + 100,
            year - 1 - r.below(5) as u32
        ),
        _ => format!(
            "The {} and {} signed an agreement worth €{} million on {} {}.",
            org(r),
            org(r),
            r.below(900) + 10,
            r.pick(MONTHS),
            r.below(28) + 1
        ),
    }
}

/// One synthetic article of about `target` bytes.
pub fn article(r: &mut Rng, target: usize) -> String {
    let year = 2015 + r.below(11) as u32;
    let mut s = String::with_capacity(target + 512);
    if r.chance(50) {
        let _ = writeln!(
            s,
            "---\ntitle: \"{} report {}\"\ndate: {year}-{:02}-{:02}\npublisher: The Synthetic Times\n---\n",
            place(r),
            r.below(1000),
            r.below(12) + 1,
            r.below(28) + 1
        );
    } else {
        let _ = writeln!(s, "{} in focus as {} changes course\n", place(r), org(r));
    }
    while s.len() < target {
        if r.chance(4) {
            s.push_str(*r.pick(CHROME));
            s.push_str("\n\n");
        }
        if r.chance(3) {
            let _ = writeln!(s, "| Company | Country | Share |\n|---|---|---|");
            for _ in 0..3 {
                let _ = writeln!(s, "| {} | {} | {}% |", org(r), place(r), r.below(60) + 1);
            }
            s.push('\n');
        }
        for _ in 0..2 + r.below(3) {
            s.push_str(&sentence(r, year));
            s.push(' ');
        }
        s.push_str("\n\n");
    }
    s
}

/// Write articles into `dir` until `bytes` are written; returns (files, bytes).
pub fn generate(dir: &Path, bytes: u64, seed: u64) -> io::Result<(usize, u64)> {
    generate_with(dir, bytes, Rng::new(seed))
}

/// [`generate`] with a generator of one's choice ([`Rng::about`]).
pub fn generate_with(dir: &Path, bytes: u64, mut r: Rng) -> io::Result<(usize, u64)> {
    std::fs::create_dir_all(dir)?;
    let (mut files, mut written) = (0usize, 0u64);
    while written < bytes {
        let size = 4_000 + r.below(16_000);
        let text = article(&mut r, size);
        std::fs::write(
            dir.join(format!(
                "article-{files:06}.{}",
                if files % 3 == 0 { "md" } else { "txt" }
            )),
            &text,
        )?;
        written += text.len() as u64;
        files += 1;
    }
    Ok((files, written))
}

/// A bundle of exactly `facts` facts compiled from generated articles (for
/// the widget's benchmark): compiles enough text, then keeps facts spread
/// evenly over the result, with the disagreements among them.
pub fn bundle_of(
    facts: usize,
    seed: u64,
) -> Result<factpack::bundle::Bundle, factpack::compiler::CompileError> {
    use factpack::compiler::{compile_sources, read::SourceFile};
    let mut r = Rng::new(seed);
    let mut sources = Vec::new();
    let mut target = facts * 250;
    loop {
        let mut have: usize = sources.iter().map(|s: &SourceFile| s.text.len()).sum();
        while have < target {
            let len = 4_000 + r.below(16_000);
            let text = article(&mut r, len);
            have += text.len();
            sources.push(SourceFile {
                path: format!("article-{:06}.md", sources.len()).into(),
                text,
            });
        }
        let mut b = compile_sources(&sources)?.bundle;
        let total = b.facts.len();
        if total < facts {
            target *= 2;
            continue;
        }
        let keep: Vec<usize> = (0..facts).map(|i| i * total / facts).collect();
        let mut new_index = vec![u32::MAX; total];
        for (k, &i) in keep.iter().enumerate() {
            new_index[i] = k as u32;
        }
        let mut old: Vec<Option<factpack::bundle::Fact>> =
            std::mem::take(&mut b.facts).into_iter().map(Some).collect();
        b.facts = keep
            .iter()
            .map(|&i| old[i].take().expect("each kept once"))
            .collect();
        for f in &mut b.facts {
            if let factpack::bundle::Body::Quantity { same_as, .. } = &mut f.body {
                *same_as = same_as
                    .map(|i| new_index[i as usize])
                    .filter(|&i| i != u32::MAX);
            }
        }
        for d in &mut b.disagreements {
            d.facts = d
                .facts
                .iter()
                .map(|&f| new_index[f as usize])
                .filter(|&f| f != u32::MAX)
                .collect();
        }
        b.disagreements.retain(|d| d.facts.len() >= 2);
        return Ok(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic() {
        let a = article(&mut Rng::new(7), 3000);
        let b = article(&mut Rng::new(7), 3000);
        assert_eq!(a, b);
        assert!(a.len() >= 3000);
        assert_ne!(a, article(&mut Rng::new(8), 3000));
    }

    #[test]
    fn bundle_of_has_exactly_that_many_facts_and_encodes() {
        let b = bundle_of(300, 1).unwrap();
        assert_eq!(b.facts.len(), 300);
        let kinds: std::collections::HashSet<_> = b.facts.iter().map(|f| f.kind()).collect();
        assert!(kinds.len() >= 3, "facts of several kinds: {kinds:?}");
        let bytes = factpack::bundle::encode(&b).unwrap();
        assert_eq!(factpack::bundle::decode(&bytes).unwrap(), b);
    }
}
