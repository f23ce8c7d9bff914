//! Changes to the curation file as an editor makes them in the review page:
//! one entry's fields set or removed, with `toml_edit`, so the editor's
//! comments, blank lines and order stay as they were.

use serde_json::Value as Json;
use toml_edit::{DocumentMut, Item, Table, Value};

/// The tables of the curation file an entry can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Facts,
    Entities,
    Box,
}

impl Section {
    pub fn parse(s: &str) -> Option<Section> {
        match s {
            "facts" => Some(Section::Facts),
            "entities" => Some(Section::Entities),
            "box" => Some(Section::Box),
            _ => None,
        }
    }

    /// The fields an entry of this table may have (as `curate` reads them).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Section::Facts => &[
                "hide",
                "pin",
                "value",
                "upper",
                "unit",
                "qualifier",
                "measure",
                "date",
                "precision",
                "summary",
                "note",
            ],
            Section::Entities => &["kind", "display", "merge_into", "hide"],
            Section::Box => &["title", "views"],
        }
    }
}

/// A JSON value from the page as a TOML value: whole numbers as integers
/// (`value = 5600`, as an editor would write it), others as floats.
fn to_toml(v: &Json) -> Result<Value, String> {
    Ok(match v {
        Json::Bool(b) => Value::from(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::from(i),
            None => {
                let x = n.as_f64().ok_or("not a number")?;
                if x.fract() == 0.0 && x.abs() < 9.0e15 {
                    Value::from(x as i64)
                } else {
                    Value::from(x)
                }
            }
        },
        Json::String(s) => Value::from(s.as_str()),
        Json::Array(a) => {
            let mut arr = toml_edit::Array::new();
            for x in a {
                arr.push(to_toml(x)?);
            }
            Value::Array(arr)
        }
        _ => return Err(format!("{v} cannot be written to the curation file")),
    })
}

/// Set (a value) or remove (`null`) fields of one entry: `[facts."<id>"]`,
/// `[entities."<name>"]` or `[box]`. The entry is the one whose key is
/// `key` or that `same` says is the same (another spelling of it); a new
/// entry goes after the others of its table; an entry left empty is
/// removed. A field that was there keeps its place and the comment after
/// its value.
pub fn set_fields(
    text: &str,
    section: Section,
    key: &str,
    same: &dyn Fn(&str) -> bool,
    fields: &serde_json::Map<String, Json>,
) -> Result<String, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    for f in fields.keys() {
        if !section.fields().contains(&f.as_str()) {
            return Err(format!("{f:?} is not a field of [{}]", name(section)));
        }
    }
    // A file of comments only: they stay at the top, above the first entry.
    let lead = if doc.as_table().is_empty() {
        let t = doc.trailing().as_str().unwrap_or("").to_string();
        doc.set_trailing("");
        t
    } else {
        String::new()
    };
    let root = doc.as_table_mut();
    // The entry as the file spells it, when it is there under another spelling.
    let key: String = match root.get(name(section)).and_then(Item::as_table) {
        Some(t) if !t.contains_key(key) => t
            .iter()
            .map(|(k, _)| k)
            .find(|k| same(k))
            .unwrap_or(key)
            .to_string(),
        _ => key.to_string(),
    };
    let key = key.as_str();
    let table: &mut Table = match section {
        Section::Box => entry_table(root, "box", false)?,
        Section::Facts | Section::Entities => {
            let parent = entry_table(root, name(section), false)?;
            // `[facts."…"]` headers only, no bare `[facts]`.
            if parent.is_empty() {
                parent.set_implicit(true);
            }
            entry_table(parent, key, true)?
        }
    };
    // In the order the README lists the fields.
    let ordered = section
        .fields()
        .iter()
        .filter_map(|f| fields.get(*f).map(|v| (*f, v)));
    for (f, v) in ordered {
        if v.is_null() {
            table.remove(f);
            continue;
        }
        let mut new = to_toml(v)?;
        if let Some(old) = table.get(f).and_then(Item::as_value) {
            // Keep the comment after the old value (`value = 5 # why`).
            *new.decor_mut() = old.decor().clone();
        }
        table.insert(f, Item::Value(new));
    }
    if !lead.is_empty() {
        table.decor_mut().set_prefix(lead.clone());
    }
    if table.is_empty() {
        // Comments that stood alone in the file stay there.
        if !lead.is_empty() {
            doc.set_trailing(lead);
        }
        let root = doc.as_table_mut();
        match section {
            Section::Box => {
                root.remove("box");
            }
            Section::Facts | Section::Entities => {
                if let Some(parent) = root.get_mut(name(section)).and_then(Item::as_table_mut) {
                    parent.remove(key);
                    if parent.is_empty() {
                        root.remove(name(section));
                    }
                }
            }
        }
    }
    Ok(doc.to_string())
}

fn name(s: Section) -> &'static str {
    match s {
        Section::Facts => "facts",
        Section::Entities => "entities",
        Section::Box => "box",
    }
}

/// The table `key` of `parent`, made when it is not there (its name
/// quoted, `[facts."3fa9…"]`, as the README writes it).
fn entry_table<'a>(parent: &'a mut Table, key: &str, quote: bool) -> Result<&'a mut Table, String> {
    if !parent.contains_key(key) && !quote {
        parent.insert(key, Item::Table(Table::new()));
    }
    if !parent.contains_key(key) {
        let quoted = Value::from(key).to_string();
        let k = toml_edit::Key::parse(quoted.trim())
            .ok()
            .and_then(|mut v| (v.len() == 1).then(|| v.remove(0)))
            .unwrap_or_else(|| toml_edit::Key::new(key));
        parent.insert_formatted(&k, Item::Table(Table::new()));
    }
    parent
        .get_mut(key)
        .and_then(Item::as_table_mut)
        .ok_or_else(|| format!("{key:?} in the curation file is not a table"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn set(text: &str, section: Section, key: &str, fields: Json) -> String {
        set_fields(text, section, key, &|_| false, fields.as_object().unwrap()).unwrap()
    }

    /// One table of edits: the file before, the change, the file after.
    #[test]
    fn edits_keep_comments_order_and_format() {
        let file = "# The desk's corrections, 3 March\n\n[box]\ntitle = \"Acme\"  # agreed with the editor\n\n[facts.\"00000000000000aa\"]\nhide = true   # a duplicate\n\n# People\n[entities.\"Jane Doe\"]\nkind = \"person\"\n";
        let rows: &[(Section, &str, Json, &str)] = &[
            // A new fact entry goes after the other facts; comments stay.
            (
                Section::Facts,
                "00000000000000bb",
                json!({"pin": true, "value": 5600}),
                "# The desk's corrections, 3 March\n\n[box]\ntitle = \"Acme\"  # agreed with the editor\n\n[facts.\"00000000000000aa\"]\nhide = true   # a duplicate\n\n[facts.\"00000000000000bb\"]\npin = true\nvalue = 5600\n\n# People\n[entities.\"Jane Doe\"]\nkind = \"person\"\n",
            ),
            // A changed field keeps its place and its comment.
            (
                Section::Facts,
                "00000000000000aa",
                json!({"hide": false}),
                "# The desk's corrections, 3 March\n\n[box]\ntitle = \"Acme\"  # agreed with the editor\n\n[facts.\"00000000000000aa\"]\nhide = false   # a duplicate\n\n# People\n[entities.\"Jane Doe\"]\nkind = \"person\"\n",
            ),
            // Removing the last field removes the entry, comments of others stay.
            (
                Section::Facts,
                "00000000000000aa",
                json!({"hide": null}),
                "# The desk's corrections, 3 March\n\n[box]\ntitle = \"Acme\"  # agreed with the editor\n\n# People\n[entities.\"Jane Doe\"]\nkind = \"person\"\n",
            ),
            (
                Section::Box,
                "",
                json!({"title": "Acme's year", "views": ["quotes", "numbers"]}),
                "# The desk's corrections, 3 March\n\n[box]\ntitle = \"Acme's year\"  # agreed with the editor\nviews = [\"quotes\", \"numbers\"]\n\n[facts.\"00000000000000aa\"]\nhide = true   # a duplicate\n\n# People\n[entities.\"Jane Doe\"]\nkind = \"person\"\n",
            ),
            (
                Section::Entities,
                "Jane Doe",
                json!({"display": "J. Doe", "value": null}),
                "",
            ),
        ];
        for (section, key, change, want) in rows {
            let got = set_fields(file, *section, key, &|_| false, change.as_object().unwrap());
            if want.is_empty() {
                assert!(got.is_err(), "{change}: {got:?}");
                continue;
            }
            assert_eq!(got.unwrap(), *want, "{change}");
        }
    }

    #[test]
    fn a_new_file_and_numbers() {
        let t = set(
            "",
            Section::Facts,
            "0123456789abcdef",
            json!({"value": 4.25, "unit": "GBP"}),
        );
        assert_eq!(
            t,
            "[facts.\"0123456789abcdef\"]\nvalue = 4.25\nunit = \"GBP\"\n"
        );
        // Comments alone in a file stay at its top.
        let c = set(
            "# Desk notes\n",
            Section::Facts,
            "00000000000000aa",
            json!({"hide": true}),
        );
        assert_eq!(
            c,
            "# Desk notes\n[facts.\"00000000000000aa\"]\nhide = true\n"
        );
        // A name with quotes and backslashes is quoted as TOML wants.
        let q = set(
            "",
            Section::Entities,
            "The \"Quoted\" Co\\",
            json!({"hide": true}),
        );
        let back: toml::Table = toml::from_str(&q).unwrap();
        assert!(
            back["entities"]
                .as_table()
                .unwrap()
                .contains_key("The \"Quoted\" Co\\"),
            "{q}"
        );
        crate::compiler::curate::Curation::parse(std::path::Path::new("f.toml"), &q).unwrap();
        let t = set(
            &t,
            Section::Facts,
            "0123456789abcdef",
            json!({"value": 361000000.0}),
        );
        assert!(t.contains("value = 361000000\n"), "{t}");
        let t = set(
            &t,
            Section::Entities,
            "Acme Corp.",
            json!({"merge_into": "Acme Corp"}),
        );
        assert!(
            t.ends_with("[entities.\"Acme Corp.\"]\nmerge_into = \"Acme Corp\"\n"),
            "{t}"
        );
        // What it writes, the curation reader reads.
        crate::compiler::curate::Curation::parse(std::path::Path::new("f.toml"), &t).unwrap();
        assert!(
            set_fields(
                "[facts\n",
                Section::Facts,
                "x",
                &|_| false,
                json!({"hide": true}).as_object().unwrap()
            )
            .is_err()
        );
        // Comments alone in the file survive an entry made and emptied at once.
        let e = set("# Desk notes\n", Section::Box, "", json!({"title": null}));
        assert_eq!(e, "# Desk notes\n");
        // The entry as the editor spelled it is the one changed.
        let hand = "[facts.\"fact-00000000000000AA\"] # by hand\nhide = true\n";
        let same = |k: &str| {
            k.trim_start_matches("fact-")
                .eq_ignore_ascii_case("00000000000000aa")
        };
        let t = set_fields(
            hand,
            Section::Facts,
            "00000000000000aa",
            &same,
            json!({"hide": null, "pin": true}).as_object().unwrap(),
        )
        .unwrap();
        assert_eq!(
            t,
            "[facts.\"fact-00000000000000AA\"] # by hand\npin = true\n"
        );
    }
}
