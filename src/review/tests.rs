use super::*;
use crate::bundle::Body;
use serde_json::json;

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

fn req<'a>(
    method: &'a str,
    url: &'a str,
    host: Option<&'a str>,
    origin: Option<&'a str>,
) -> Request<'a> {
    Request {
        method,
        url,
        host,
        origin,
        fetch_site: None,
    }
}

/// One table of requests and what the server does with them.
#[test]
fn requests_need_the_token_the_loopback_host_and_no_foreign_origin() {
    let t = |rest: &str| format!("/t/{TOKEN}/{rest}");
    let host = Some("127.0.0.1:8123");
    let page = t("");
    let bundle = t("facts.fpk?v=3");
    let edit = t("api/edit");
    let js = t("widget/factpack.js");
    let up = t("widget/../../Cargo.toml");
    let up2 = t("widget/..%2f..%2fCargo.toml");
    let up3 = t("widget/%2E%2E/x");
    let abs = t("widget//etc/passwd");
    let back = t("widget/..\\x");
    let short = "/t/0123456789abcdef/".to_string();
    let other = t("api/other");
    let dot = t("widget/.hidden");
    let rows: Vec<(Request, Result<Route, Refusal>)> = vec![
        (req("GET", &page, host, None), Ok(Route::Page)),
        (
            req(
                "GET",
                &page,
                Some("localhost:8123"),
                Some("http://localhost:8123"),
            ),
            Ok(Route::Page),
        ),
        (req("GET", &bundle, host, None), Ok(Route::Bundle)),
        (
            req("POST", &edit, host, Some("http://127.0.0.1:8123")),
            Ok(Route::Edit),
        ),
        (
            req("GET", &js, host, None),
            Ok(Route::Widget("factpack.js".into())),
        ),
        (
            req("GET", "/", host, None),
            Err(Refusal::Forbidden("no session token")),
        ),
        (
            req("GET", "/facts.fpk", host, None),
            Err(Refusal::Forbidden("no session token")),
        ),
        (
            req("GET", &short, host, None),
            Err(Refusal::Forbidden("wrong session token")),
        ),
        (
            req("GET", &page, Some("evil.example:8123"), None),
            Err(Refusal::Forbidden(
                "Host is not this server's loopback address",
            )),
        ),
        (
            req("GET", &page, Some("127.0.0.1:9999"), None),
            Err(Refusal::Forbidden(
                "Host is not this server's loopback address",
            )),
        ),
        (
            req("GET", &page, None, None),
            Err(Refusal::Forbidden(
                "Host is not this server's loopback address",
            )),
        ),
        (
            req("POST", &edit, host, Some("http://evil.example")),
            Err(Refusal::Forbidden("request from another origin")),
        ),
        (
            req("POST", &edit, host, Some("null")),
            Err(Refusal::Forbidden("request from another origin")),
        ),
        (
            req("POST", &edit, host, Some("https://127.0.0.1:8123")),
            Err(Refusal::Forbidden("request from another origin")),
        ),
        (
            req("GET", &up, host, None),
            Err(Refusal::Forbidden("a path outside the review")),
        ),
        (
            req("GET", &up2, host, None),
            Err(Refusal::Forbidden("a path outside the review")),
        ),
        (
            req("GET", &up3, host, None),
            Err(Refusal::Forbidden("a path outside the review")),
        ),
        (
            req("GET", &abs, host, None),
            Err(Refusal::Forbidden("a path outside the review")),
        ),
        (
            req("GET", &back, host, None),
            Err(Refusal::Forbidden("a path outside the review")),
        ),
        (req("GET", &other, host, None), Err(Refusal::NotFound)),
        (req("GET", &dot, host, None), Err(Refusal::NotFound)),
        (req("GET", &edit, host, None), Err(Refusal::Method)),
        (req("POST", &page, host, None), Err(Refusal::Method)),
    ];
    for (r, want) in rows {
        assert_eq!(check(&r, 8123, TOKEN), want, "{r:?}");
    }
    let cross = Request {
        fetch_site: Some("cross-site"),
        ..req("GET", &page, host, None)
    };
    assert_eq!(
        check(&cross, 8123, TOKEN),
        Err(Refusal::Forbidden("cross-site request"))
    );
    assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    let (a, b) = (token().unwrap(), token().unwrap());
    assert!(a.len() == 32 && a != b && a.bytes().all(|c| c.is_ascii_hexdigit()));
}

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factpack-review-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.md"),
        "---\ntitle: \"Results\"\ndate: 2026-03-02\n---\n\nAcme said its revenue rose 12% to $4.2 billion in 2025.\n\nThe plant opened on March 1, 2026.\n",
    )
    .unwrap();
    dir
}

fn session(dir: &Path) -> Session {
    Session::open(Options {
        dir: dir.to_path_buf(),
        curation: None,
        jobs: Some(1),
        widget: None,
    })
}

fn fields(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    v.as_object().unwrap().clone()
}

/// Each action writes the file (keeping the editor's comments), rebuilds,
/// and can be undone; a change the curation refuses is not written.
#[test]
fn actions_write_the_file_rebuild_and_undo() {
    let dir = folder("actions");
    let file = dir.join("factpack.toml");
    std::fs::write(&file, "# Desk notes: keep this line\n").unwrap();
    let mut s = session(&dir);
    assert!(s.error().is_none(), "{:?}", s.error());
    let decoded = |s: &Session| crate::bundle::decode(&s.bytes).unwrap();
    let n = decoded(&s).facts.len();
    let listed = s.listed.clone().unwrap();
    let rev = listed
        .facts
        .iter()
        .find(|f| matches!(f.body, Body::Quantity { value, .. } if value == 4.2e9))
        .unwrap();
    let id = crate::bundle::fact_id_str(rev.id);
    let v0 = s.version;

    s.edit(Section::Facts, &id, &fields(json!({"hide": true})))
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("# Desk notes: keep this line\n"), "{text}");
    assert!(
        text.contains(&format!("[facts.\"{id}\"]\nhide = true\n")),
        "{text}"
    );
    assert_eq!(decoded(&s).facts.len(), n - 1, "hidden from readers");
    assert_eq!(
        s.listed.as_ref().unwrap().facts.len(),
        n,
        "still listed for review"
    );
    assert_eq!(s.summary.hidden_ids, [rev.id]);
    assert!(s.version > v0);

    s.edit(
        Section::Facts,
        &id,
        &fields(json!({"hide": null, "value": 4.3e9, "note": "From the release"})),
    )
    .unwrap();
    let b = decoded(&s);
    let f = b.facts.iter().find(|f| f.id == rev.id).unwrap();
    assert!(matches!(f.body, Body::Quantity { value, .. } if value == 4.3e9));
    assert_eq!(f.note.as_deref(), Some("From the release"));

    // Refused: a date on a quantity. The file and the bundle stay.
    let before = std::fs::read_to_string(&file).unwrap();
    let err = s
        .edit(Section::Facts, &id, &fields(json!({"date": "2026"})))
        .unwrap_err();
    assert!(err.contains("date does not apply"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

    // Undo, twice: back to the first file.
    assert!(s.undo().unwrap());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("hide = true")
    );
    assert_eq!(decoded(&s).facts.len(), n - 1);
    assert!(s.undo().unwrap());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "# Desk notes: keep this line\n"
    );
    assert_eq!(decoded(&s).facts.len(), n);
    assert!(!s.undo().unwrap(), "nothing more to undo");

    // A session that made the file undoes to no file.
    std::fs::remove_file(&file).unwrap();
    let mut s = session(&dir);
    s.edit(Section::Box, "", &fields(json!({"title": "Acme's year"})))
        .unwrap();
    assert_eq!(
        crate::bundle::decode(&s.bytes).unwrap().title.as_deref(),
        Some("Acme's year")
    );
    assert!(s.undo().unwrap());
    assert!(!file.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A broken curation file (edited by hand meanwhile) is reported, and the
/// last good bundle is kept.
#[test]
fn a_broken_file_keeps_the_last_good_bundle() {
    let dir = folder("broken");
    let mut s = session(&dir);
    let good = s.bytes.clone();
    std::fs::write(dir.join("factpack.toml"), "[facts.\"x\"\n").unwrap();
    s.recurate();
    let err = s.error().unwrap();
    assert!(err.contains("factpack.toml:1"), "{err}");
    assert_eq!(s.bytes, good);
    std::fs::write(dir.join("factpack.toml"), "[box]\ntitle = \"Fixed\"\n").unwrap();
    s.recurate();
    assert!(s.error().is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The page lists every fact (hidden ones too, marked), with its sentence
/// and the fact's words marked, and its id.
#[test]
fn the_page_lists_every_fact_with_its_sentence() {
    let dir = folder("page");
    let mut s = session(&dir);
    let b = s.listed.clone().unwrap();
    let id = crate::bundle::fact_id_str(b.facts[0].id);
    s.edit(Section::Facts, &id, &fields(json!({"hide": true})))
        .unwrap();
    let html = page::page(&s, false);
    for f in &b.facts {
        assert!(html.contains(&format!("id=\"rv-{}\"", crate::bundle::fact_id_str(f.id))));
    }
    assert!(html.contains("<mark>"), "the fact's words are marked");
    let item = &html[html.find(&format!("id=\"rv-{id}\"")).unwrap()..];
    let item = &item[..item.find("</li>").unwrap()];
    assert!(
        item.contains("data-hidden=\"true\"") && item.contains("Hidden"),
        "{item}"
    );
    assert!(html.contains("No built widget was found"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An article that stops compiling stays reported through later actions;
/// undo refuses to overwrite a change made by hand since.
#[test]
fn errors_stay_until_fixed_and_undo_keeps_hand_edits() {
    let dir = folder("errors");
    let mut s = session(&dir);
    let id = crate::bundle::fact_id_str(s.listed.as_ref().unwrap().facts[0].id);
    std::fs::write(dir.join("bad.md"), "---\ntitle: [unclosed\n---\nText.\n").unwrap();
    s.rebuild();
    assert!(s.error().unwrap().contains("bad.md"), "{:?}", s.error());
    s.edit(Section::Facts, &id, &fields(json!({"pin": true})))
        .unwrap();
    assert!(
        s.error().is_some_and(|e| e.contains("bad.md")),
        "still reported after an action"
    );
    std::fs::remove_file(dir.join("bad.md")).unwrap();
    s.rebuild();
    assert!(s.error().is_none());

    // A hand edit after an action: undo refuses, and the hand edit stays.
    let file = dir.join("factpack.toml");
    let hand = std::fs::read_to_string(&file).unwrap() + "note = \"by hand\"\n";
    std::fs::write(&file, &hand).unwrap();
    let err = s.undo().unwrap_err();
    assert!(err.contains("changed since"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), hand);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An entry written under the id a fact had before an earlier article
/// reporting it came is the entry the page changes, not a second one.
#[test]
fn the_page_edits_an_entry_under_an_earlier_id() {
    let dir = folder("earlier-id");
    let file = dir.join("factpack.toml");
    let mut s = session(&dir);
    let find = |s: &Session| {
        s.listed
            .as_ref()
            .unwrap()
            .facts
            .iter()
            .find(|f| matches!(f.body, Body::Quantity { value, .. } if value == 4.2e9))
            .unwrap()
            .id
    };
    let old = crate::bundle::fact_id_str(find(&s));
    std::fs::write(
        &file,
        format!("[facts.\"{old}\"] # the desk's\npin = true\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("0-wire.md"),
        "---\ntitle: \"Wire\"\ndate: 2026-03-01\n---\n\nAcme said its revenue rose 12% to $4.2 billion in 2025.\n",
    )
    .unwrap();
    s = session(&dir);
    assert!(s.error().is_none(), "{:?}", s.error());
    let new = crate::bundle::fact_id_str(find(&s));
    assert_ne!(old, new);
    assert_eq!(s.summary.pinned_facts, 1, "the old entry still names it");
    s.edit(Section::Facts, &new, &fields(json!({"note": "Checked"})))
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        text,
        format!("[facts.\"{old}\"] # the desk's\npin = true\nnote = \"Checked\"\n")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
