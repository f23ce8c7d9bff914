//! Builds the gazetteer tables of `src/compiler/data/` from the TSV files that
//! `extract.mjs` writes. Run by `tests/tools/gazetteer/regenerate.sh`:
//!
//! ```text
//! cargo run --features gen-gazetteer --bin gen-gazetteer -- TSV_DIR DATA_DIR
//! ```
//!
//! Writes `places.fst`, `first_names.fst`, `common_words.fst`, `companies.fst`, `holidays.fst`, `tables.rs` and `README.md` (from
//! `data-README.md.in` beside this file). The same TSV gives the same bytes:
//! keys are sorted here, and nothing depends on time or environment.
//!
//! The value layout of `places.fst` is decoded by `src/compiler/gazetteer.rs`;
//! the two must change together (its tests decode real entries).

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

// The packed u64 of a place (see gazetteer.rs):
//   bits 0-1   kind: 0 country, 1 region, 2 city
//   bits 2-11  ISO 3166-1 alpha-2 country, 5 bits a letter (A = 0)
//   bits 12-17 population bucket (0 = unknown; b ≈ 1 + 4·log10(population))
//   bit  18    the key is a common English word
//   bit  19    the key matches only when written in capitals ("US")
//   bit  20    the key is also a country's name…
//   bits 21-30 …of this country
const KIND_SHIFT: u32 = 0;
const COUNTRY_SHIFT: u32 = 2;
const BUCKET_SHIFT: u32 = 12;
const COMMON_BIT: u64 = 1 << 18;
const CAPS_BIT: u64 = 1 << 19;
const HAS_COUNTRY_BIT: u64 = 1 << 20;
const COUNTRY_READING_SHIFT: u32 = 21;
const BUCKETS: usize = 64;

fn country_bits(cc: &str) -> Result<u64> {
    let b = cc.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_uppercase) {
        return Err(format!("bad country code {cc:?}").into());
    }
    Ok(u64::from(b[0] - b'A') | (u64::from(b[1] - b'A') << 5))
}

/// The population bucket: 0 for unknown, else 1 + round(4·log10(p)), so a
/// bucket spans a factor of 10^¼ ≈ 1.78.
fn bucket(population: u64) -> u64 {
    if population == 0 {
        return 0;
    }
    (1 + (4.0 * (population as f64).log10()).round() as u64).min(BUCKETS as u64 - 1)
}

/// The population a bucket stands for (its centre).
fn bucket_population(b: usize) -> u64 {
    if b == 0 {
        0
    } else {
        10f64.powf((b - 1) as f64 / 4.0).round() as u64
    }
}

fn read_tsv(dir: &Path, name: &str, columns: usize) -> Result<Vec<Vec<String>>> {
    let path = dir.join(name);
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let row: Vec<String> = line.split('\t').map(str::to_owned).collect();
        if row.len() != columns {
            return Err(format!(
                "{}:{}: {} columns, want {columns}",
                path.display(),
                i + 1,
                row.len()
            )
            .into());
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Sorted by key bytes, as fst wants; a repeated key is an error.
fn sorted<V>(rows: Vec<(String, V)>, what: &str) -> Result<Vec<(String, V)>> {
    let mut map = BTreeMap::new();
    for (k, v) in rows {
        if k.is_empty() {
            return Err(format!("{what}: empty key").into());
        }
        if map.insert(k.clone(), v).is_some() {
            return Err(format!("{what}: key {k:?} twice").into());
        }
    }
    Ok(map.into_iter().collect())
}

struct Output {
    name: &'static str,
    bytes: Vec<u8>,
    entries: usize,
}

fn places(tsv: &Path) -> Result<Output> {
    let mut rows = Vec::new();
    for r in read_tsv(tsv, "places.tsv", 7)? {
        let kind = match r[1].as_str() {
            "country" => 0,
            "region" => 1,
            "city" => 2,
            k => return Err(format!("places.tsv: kind {k:?}").into()),
        };
        let population: u64 = r[3].parse()?;
        let mut v = (kind << KIND_SHIFT)
            | (country_bits(&r[2])? << COUNTRY_SHIFT)
            | (bucket(population) << BUCKET_SHIFT);
        if r[4] == "1" {
            v |= COMMON_BIT;
        }
        if r[5] == "1" {
            v |= CAPS_BIT;
        }
        if r[6] != "-" {
            v |= HAS_COUNTRY_BIT | (country_bits(&r[6])? << COUNTRY_READING_SHIFT);
        }
        rows.push((r[0].clone(), v));
    }
    let rows = sorted(rows, "places.tsv")?;
    let mut b = fst::MapBuilder::memory();
    for (k, v) in &rows {
        b.insert(k, *v)?;
    }
    Ok(Output {
        name: "places.fst",
        bytes: b.into_inner()?,
        entries: rows.len(),
    })
}

/// An `fst::Set` of the keys of a one-column TSV.
fn key_set(tsv: &Path, file: &str, name: &'static str) -> Result<Output> {
    let rows = read_tsv(tsv, file, 1)?
        .into_iter()
        .map(|r| (r[0].clone(), ()))
        .collect();
    let rows = sorted(rows, file)?;
    let mut b = fst::SetBuilder::memory();
    for (k, ()) in &rows {
        b.insert(k)?;
    }
    Ok(Output {
        name,
        bytes: b.into_inner()?,
        entries: rows.len(),
    })
}

/// `fst::Map` of a two-column TSV's keys to their numbers. Used for
/// `first_names.fst` (first names to their tier, 1: English lists, 2: only
/// the other languages' lists, or'ed with their genders, 4 men, 8 women),
/// `companies.fst` (listed companies' normalized names, from companies.py,
/// to their flags: 1 common word, 2 person-like, 4 also a place, 8 capitals
/// only) and `holidays.fst` (holidays' normalized names, from holidays.py,
/// to their flags: 1 common word, 4 also a place).
fn number_map(tsv: &Path, file: &str, name: &'static str) -> Result<Output> {
    let rows = read_tsv(tsv, file, 2)?
        .into_iter()
        .map(|r| Ok((r[0].clone(), r[1].parse::<u64>()?)))
        .collect::<Result<Vec<_>>>()?;
    let rows = sorted(rows, file)?;
    let mut b = fst::MapBuilder::memory();
    for (k, v) in &rows {
        b.insert(k, *v)?;
    }
    Ok(Output {
        name,
        bytes: b.into_inner()?,
        entries: rows.len(),
    })
}

fn tables(tsv: &Path) -> Result<(Output, usize, usize)> {
    let currencies = sorted(
        read_tsv(tsv, "currencies.tsv", 2)?
            .into_iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect(),
        "currencies.tsv",
    )?;
    let fold = sorted(
        read_tsv(tsv, "fold.tsv", 2)?
            .into_iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect(),
        "fold.tsv",
    )?;
    let mut s = String::new();
    s.push_str(
        "// @generated by tests/tools/gazetteer/gen.rs from countries-list and the fold table of\n",
    );
    s.push_str("// tests/tools/gazetteer/extract.mjs. Do not edit: run tests/tools/gazetteer/regenerate.sh.\n\n");
    s.push_str("/// ISO 3166-1 alpha-2 country → its (first listed) ISO 4217 currency, sorted by country.\n");
    s.push_str("pub(super) static CURRENCIES: &[([u8; 2], &str)] = &[\n");
    for (cc, cur) in &currencies {
        country_bits(cc)?;
        if cur.len() != 3 || !cur.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("currencies.tsv: {cc} has currency {cur:?}").into());
        }
        writeln!(s, "    (*b\"{cc}\", \"{cur}\"),")?;
    }
    s.push_str("];\n\n");
    s.push_str("/// Lower-case letter → its letters without diacritics, sorted by letter.\n");
    s.push_str("pub(super) static FOLD: &[(char, &str)] = &[\n");
    for (c, f) in &fold {
        let mut chars = c.chars();
        let (Some(ch), None) = (chars.next(), chars.next()) else {
            return Err(format!("fold.tsv: {c:?} is not one character").into());
        };
        writeln!(s, "    ('\\u{{{:04x}}}', {:?}), // {c}", ch as u32, f)?;
    }
    s.push_str("];\n\n");
    s.push_str(
        "/// Population bucket → the population it stands for (10^((b − 1)/4); 0 = unknown).\n",
    );
    writeln!(
        s,
        "pub(super) static BUCKET_POPULATION: [u64; {BUCKETS}] = ["
    )?;
    for b in 0..BUCKETS {
        writeln!(s, "    {},", bucket_population(b))?;
    }
    s.push_str("];\n");
    Ok((
        Output {
            name: "tables.rs",
            bytes: s.into_bytes(),
            entries: currencies.len() + fold.len(),
        },
        currencies.len(),
        fold.len(),
    ))
}

/// Fills `data-README.md.in`: `{{size NAME}}`, `{{entries NAME}}`,
/// `{{version PACKAGE}}`, `{{total}}`, `{{currencies}}`, `{{fold}}`.
fn readme(
    template: &str,
    outputs: &[Output],
    versions: &BTreeMap<String, String>,
    currencies: usize,
    fold: usize,
) -> Result<String> {
    let total: usize = outputs.iter().map(|o| o.bytes.len()).sum();
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("}}")
            .ok_or("unclosed {{ in the README template")?
            + start;
        let tag = &rest[start + 2..end];
        let (op, arg) = tag.split_once(' ').unwrap_or((tag, ""));
        let find = |name: &str| {
            outputs
                .iter()
                .find(|o| o.name == name)
                .ok_or_else(|| format!("no output {name}"))
        };
        match op {
            "size" => write!(out, "{}", group(find(arg)?.bytes.len()))?,
            "entries" => write!(out, "{}", group(find(arg)?.entries))?,
            "version" => out.push_str(
                versions
                    .get(arg)
                    .ok_or_else(|| format!("no version of {arg}"))?,
            ),
            "total" => write!(out, "{}", group(total))?,
            "currencies" => write!(out, "{currencies}")?,
            "fold" => write!(out, "{fold}")?,
            _ => return Err(format!("unknown README tag {tag:?}").into()),
        }
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// 1234567 → "1,234,567".
fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn main() -> Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [tsv, data] = args.as_slice() else {
        return Err("usage: gen-gazetteer TSV_DIR DATA_DIR".into());
    };
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/gazetteer");
    let versions: BTreeMap<String, String> = read_tsv(tsv, "versions.tsv", 2)?
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    let (tables, currencies, fold) = tables(tsv)?;
    let outputs = vec![
        places(tsv)?,
        number_map(tsv, "first_names.tsv", "first_names.fst")?,
        key_set(tsv, "common_words.tsv", "common_words.fst")?,
        number_map(tsv, "companies.tsv", "companies.fst")?,
        number_map(tsv, "holidays.tsv", "holidays.fst")?,
        tables,
    ];
    let template = fs::read_to_string(here.join("data-README.md.in"))?;
    let readme = readme(&template, &outputs, &versions, currencies, fold)?;
    fs::create_dir_all(data)?;
    for o in &outputs {
        fs::write(data.join(o.name), &o.bytes)?;
        println!(
            "gen-gazetteer: {:>16} {:>9} bytes {:>7} entries",
            o.name,
            group(o.bytes.len()),
            group(o.entries)
        );
    }
    fs::write(data.join("README.md"), readme)?;
    Ok(())
}
