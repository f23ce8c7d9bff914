//! The `factpack` command end to end: build, dump, atomic writes, determinism.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn factpack(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factpack"))
        .args(args)
        .output()
        .expect("run factpack")
}

fn tmpdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factpack-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn build_then_dump_seeds() {
    let dir = tmpdir("seeds");
    let out = dir.join("facts.fpk");
    let r = factpack(&["build", "seeds", "-o", s(&out)]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let r = factpack(&["dump", s(&out)]);
    assert!(r.status.success());
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["format"], factpack::bundle::FORMAT);
    let files: Vec<String> = std::fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), files.len());
    for a in articles {
        assert!(files.contains(&a["file"].as_str().unwrap().to_string()));
    }
    let facts = v["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    for f in facts {
        assert!(f["id"].as_str().unwrap().len() == 16);
        assert!(["quantity", "event", "quote", "row"].contains(&f["kind"].as_str().unwrap()));
        for src in f["sources"].as_array().unwrap() {
            // The sentence is a verbatim part of the article it names.
            let file = articles.iter().find(|a| a["id"] == src["article"]).unwrap()["file"]
                .as_str()
                .unwrap();
            let text = std::fs::read_to_string(Path::new("seeds").join(file)).unwrap();
            assert!(text.contains(src["sentence"].as_str().unwrap()));
        }
    }
}

#[test]
fn same_input_gives_byte_identical_bundles() {
    let dir = tmpdir("determinism");
    let (a, b) = (dir.join("a.fpk"), dir.join("b.fpk"));
    assert!(factpack(&["build", "seeds", "-o", s(&a)]).status.success());
    assert!(factpack(&["build", "seeds", "-o", s(&b)]).status.success());
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

/// A folder with one article, built once: (folder, articles, bundle path, bundle bytes).
fn built_once(name: &str) -> (PathBuf, PathBuf, PathBuf, Vec<u8>) {
    let dir = tmpdir(name);
    let articles = dir.join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("a.txt"), "Sales rose 12% in 2025.\n").unwrap();
    let out = dir.join("facts.fpk");
    assert!(
        factpack(&["build", s(&articles), "-o", s(&out)])
            .status
            .success()
    );
    let before = std::fs::read(&out).unwrap();
    (dir, articles, out, before)
}

#[test]
fn failing_build_leaves_previous_bundle_untouched() {
    let (dir, articles, out, before) = built_once("atomic");

    // A file that cannot be read (a dangling link: unreadable even for root).
    std::os::unix::fs::symlink(dir.join("nowhere"), articles.join("b.txt")).unwrap();
    let r = factpack(&["build", s(&articles), "-o", s(&out)]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("b.txt") && err.contains("cannot read"),
        "{err}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);

    // Not UTF-8: the error names the file and the line.
    std::fs::remove_file(articles.join("b.txt")).unwrap();
    std::fs::write(articles.join("c.md"), b"fine\nbad \xff here\n").unwrap();
    let r = factpack(&["build", s(&articles), "-o", s(&out)]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("c.md:2") && err.contains("UTF-8"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), before);
    // No temporary files are left behind.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
}

#[test]
fn interrupted_build_leaves_previous_bundle_untouched() {
    let (_, articles, out, before) = built_once("interrupted");

    // Enough text that the build is still compiling when it is killed.
    factpack_support::corpus::generate(&articles, 8_000_000, 3).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factpack"))
        .args(["build", s(&articles), "-o", s(&out)])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the build finished before it could be interrupted"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn empty_files_are_skipped_with_a_warning() {
    let dir = tmpdir("empty");
    std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
    std::fs::write(dir.join("a.txt"), "Costs fell 5%.\n").unwrap();
    let out = dir.join("out.fpk");
    let r = factpack(&["build", s(&dir), "-o", s(&out)]);
    assert!(r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("empty.txt: empty file skipped"));
}

#[test]
fn dump_rejects_a_corrupt_bundle_naming_the_file() {
    let dir = tmpdir("corrupt");
    let f = dir.join("bad.fpk");
    std::fs::write(&f, b"<html>not found</html>").unwrap();
    let r = factpack(&["dump", s(&f)]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("bad.fpk") && err.contains("magic"), "{err}");
}

#[test]
fn missing_folder_is_an_error() {
    let r = factpack(&["build", "no/such/folder", "-o", "/dev/null"]);
    assert!(!r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("no/such/folder"));
}

#[test]
fn binary_and_broken_front_matter_name_file_and_line() {
    let dir = tmpdir("bad-input");
    std::fs::write(dir.join("ok.txt"), "Sales rose 12% in 2025.\n").unwrap();
    std::fs::write(dir.join("blob.txt"), b"first line\n\x00\x01\x02\xff binary").unwrap();
    let out = dir.join("out.fpk");
    let r = factpack(&["build", s(&dir), "-o", s(&out)]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("blob.txt:2"), "{err}");
    assert!(!out.exists(), "no bundle may be written on error");

    std::fs::remove_file(dir.join("blob.txt")).unwrap();
    std::fs::write(
        dir.join("fm.md"),
        "---\ntitle: ok\ndate: [2026\n---\nBody.\n",
    )
    .unwrap();
    let r = factpack(&["build", s(&dir), "-o", s(&out)]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("fm.md:") && err.contains("front matter"),
        "{err}"
    );

    std::fs::write(dir.join("fm.md"), "---\ntitle: ok\nnever closed\n").unwrap();
    let err =
        String::from_utf8_lossy(&factpack(&["build", s(&dir), "-o", s(&out)]).stderr).to_string();
    assert!(
        err.contains("fm.md:1") && err.contains("never closed"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn render_writes_static_views_and_fills_pages() {
    let dir = tmpdir("render");
    let fpk = dir.join("facts.fpk");
    assert!(
        factpack(&["build", "seeds", "-o", s(&fpk)])
            .status
            .success()
    );
    let dumped: serde_json::Value =
        serde_json::from_slice(&factpack(&["dump", s(&fpk)]).stdout).unwrap();

    // Every view, every quote's words, every article's title: readable text.
    let r = factpack(&["render", s(&fpk), "--json-ld"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let html = String::from_utf8(r.stdout).unwrap();
    let facts = dumped["facts"].as_array().unwrap();
    for f in facts {
        assert!(
            html.contains(&format!("id=\"fact-{}\"", f["id"].as_str().unwrap()))
                || f["kind"] == "event",
            "fact {} missing",
            f["id"]
        );
    }
    let r = factpack(&["render", s(&fpk), "--view", "quotes"]);
    let quotes = facts.iter().filter(|f| f["kind"] == "quote").count();
    assert_eq!(
        String::from_utf8(r.stdout)
            .unwrap()
            .matches("class=\"fp-card\"")
            .count(),
        quotes,
        "one card per quote"
    );
    for a in dumped["articles"].as_array().unwrap() {
        let title = a["title"]
            .as_str()
            .unwrap()
            .replace('&', "&amp;")
            .replace('<', "&lt;");
        assert!(html.contains(&title), "article {title} missing");
    }
    assert!(
        html.contains("application/ld+json") && !html.contains("data-a="),
        "no widget buttons in static HTML"
    );

    // One view, shortened: says how many there are.
    let r = factpack(&["render", s(&fpk), "--view", "timeline", "--limit", "2"]);
    let tl = String::from_utf8(r.stdout).unwrap();
    let events = facts.iter().filter(|f| f["kind"] == "event").count();
    assert_eq!(tl.matches("<li><time").count(), 2);
    assert!(tl.contains(&format!("2 / {events}")) && !tl.contains("fp-static-numbers"));

    // Pages: each element gets its own view; a second run changes nothing.
    let page = dir.join("page.html");
    std::fs::write(&page, "<html lang=\"ja\"><body>\n<fact-pack view=\"quotes\"></fact-pack>\n<fact-pack view=\"sources\" lang=\"en\"></fact-pack></body></html>").unwrap();
    let r = factpack(&["render", s(&fpk), "--into", s(&dir)]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let filled = std::fs::read_to_string(&page).unwrap();
    // Each element's own view, in its language (the page's, or its own).
    let root = |lang: &str, view: &str| {
        let at = filled
            .find(&format!("<div lang=\"{lang}\" class=\"fp-static\">"))
            .unwrap_or_else(|| panic!("no {lang} root: {filled}"));
        let first = &filled[at..];
        let first = &first[..first.find("</h2>").unwrap_or(first.len())];
        assert!(
            first.contains(&format!("<section aria-labelledby=\"{view}\"")),
            "{first}"
        );
    };
    root("ja", "fp-static-quotes");
    // The second element's ids are its own: none repeats the first's.
    root("en", "fp2-fp-static-sources");
    assert!(
        factpack(&["render", s(&fpk), "--into", s(&page)])
            .status
            .success()
    );
    assert_eq!(std::fs::read_to_string(&page).unwrap(), filled);

    // Bad input: named file and line; the page is left as it was.
    std::fs::write(&page, "<p>\n<fact-pack>my own words</fact-pack>").unwrap();
    let r = factpack(&["render", s(&fpk), "--into", s(&page)]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        !r.status.success() && err.contains(&format!("{}: line 2:", s(&page))),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&page).unwrap(),
        "<p>\n<fact-pack>my own words</fact-pack>"
    );
    let r = factpack(&["render", s(&fpk), "--view", "map"]);
    assert!(!r.status.success() && String::from_utf8_lossy(&r.stderr).contains("--view \"map\""));
    let r = factpack(&["render", s(&dir.join("missing.fpk"))]);
    assert!(!r.status.success() && String::from_utf8_lossy(&r.stderr).contains("missing.fpk"));
}

/// Run factpack under a given umask (set in a shell, for that process only).
fn factpack_with_umask(umask: &str, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_factpack"))
        .args(args)
        .output()
        .expect("run factpack in sh")
}

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// Files factpack creates get 0666 minus the umask, as any ordinary tool's
/// do; files it replaces keep their mode. (A web server running as another
/// user must be able to read the bundle and the pages.)
#[test]
fn written_files_get_ordinary_modes() {
    use std::os::unix::fs::PermissionsExt;
    for (umask, new) in [("022", 0o644), ("002", 0o664), ("077", 0o600)] {
        let dir = tmpdir(&format!("modes-{umask}"));
        let fpk = dir.join("facts.fpk");
        let r = factpack_with_umask(umask, &["build", "tests/articles", "-o", s(&fpk)]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        assert_eq!(mode(&fpk), new, "build under umask {umask}");
        // A rebuild over an existing bundle keeps the bundle's mode.
        std::fs::set_permissions(&fpk, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(
            factpack_with_umask(umask, &["build", "tests/articles", "-o", s(&fpk)])
                .status
                .success()
        );
        assert_eq!(mode(&fpk), 0o640, "rebuild under umask {umask}");

        let html = dir.join("views.html");
        assert!(
            factpack_with_umask(umask, &["render", s(&fpk), "-o", s(&html)])
                .status
                .success()
        );
        assert_eq!(mode(&html), new, "render -o under umask {umask}");

        // render --into replaces pages: a 0664 page stays 0664, a 0644 one 0644.
        for keep in [0o664, 0o644, 0o600] {
            let page = dir.join(format!("page-{keep:o}.html"));
            std::fs::write(
                &page,
                "<html lang=\"en\"><body><fact-pack view=\"sources\"></fact-pack></body></html>",
            )
            .unwrap();
            std::fs::set_permissions(&page, std::fs::Permissions::from_mode(keep)).unwrap();
            let r = factpack_with_umask(umask, &["render", s(&fpk), "--into", s(&page)]);
            assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
            assert!(
                std::fs::read_to_string(&page)
                    .unwrap()
                    .contains("fp-static"),
                "the page was filled"
            );
            assert_eq!(mode(&page), keep, "render --into under umask {umask}");
        }
        // Nothing temporary is left beside them.
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
    }
}

/// The ids of a bundle's facts with what each says, from `factpack dump`.
fn dumped(path: &Path) -> serde_json::Value {
    let r = factpack(&["dump", s(path)]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    serde_json::from_slice(&r.stdout).unwrap()
}

/// `factpack.toml` in the articles' folder corrects the bundle; an entry
/// that matches nothing warns with its line, and fails the build under
/// `--strict`; a malformed file fails it; either way the previous bundle
/// stays. `--curation` names another file. `diff` says what changed.
#[test]
fn curation_file_corrects_the_build_and_diff_says_what_changed() {
    let dir = tmpdir("curation");
    let articles = dir.join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(
        articles.join("a.md"),
        "---\ntitle: \"Results\"\ndate: 2026-03-02\n---\n\nAcme said its revenue rose 12% to $4.2 billion in 2025.\n\nThe plant opened on March 1, 2026.\n",
    )
    .unwrap();
    let plain = dir.join("plain.fpk");
    assert!(
        factpack(&["build", s(&articles), "-o", s(&plain)])
            .status
            .success()
    );
    let v = dumped(&plain);
    let id_where = |v: &serde_json::Value, key: &str, want: serde_json::Value| {
        v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f[key] == want)
            .map(|f| f["id"].as_str().unwrap().to_string())
    };
    let revenue = id_where(&v, "value", 4.2e9.into()).expect("revenue");
    let plant = id_where(&v, "date", "2026-03-01".into()).expect("plant");

    let toml = format!(
        "# Checked by the desk, 3 March\n[box]\ntitle = \"Acme's year\"\n\n[facts.\"{revenue}\"]\nvalue = 4300000000   # the release says 4.3\nnote = \"Corrected from the release\"\npin = true\n\n[facts.\"{plant}\"]\nhide = true\n\n[facts.\"0123456789abcdef\"]\nhide = true\n"
    );
    std::fs::write(articles.join("factpack.toml"), &toml).unwrap();
    let out = dir.join("facts.fpk");
    let r = factpack(&["build", s(&articles), "-o", s(&out)]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{err}");
    assert!(
        err.contains("factpack.toml:13: fact 0123456789abcdef"),
        "{err}"
    );
    assert!(err.contains("(1 hidden, 1 edited, 1 pinned)"), "{err}");
    let v = dumped(&out);
    assert_eq!(v["title"], "Acme's year");
    let f = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == revenue.as_str())
        .unwrap();
    assert_eq!(f["value"], 4.3e9);
    assert_eq!(f["edited"]["value"], 4.2e9);
    assert_eq!(f["pinned"], true);
    assert_eq!(f["note"], "Corrected from the release");
    assert!(id_where(&v, "id", plant.clone().into()).is_none(), "hidden");

    // diff: text for people, JSON for CI.
    let r = factpack(&["diff", s(&plain), s(&out)]);
    let text = String::from_utf8_lossy(&r.stdout);
    assert!(r.status.success());
    assert!(
        text.starts_with("the fact box changed: 1 fact removed, 1 fact changed ("),
        "{text}"
    );
    assert!(
        text.contains(&format!("- {plant}")) && text.contains(&format!("~ {revenue}")),
        "{text}"
    );
    assert!(text.contains("its title changed"), "{text}");
    let r = factpack(&["diff", s(&plain), s(&out), "--json"]);
    let d: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(d["added"], serde_json::json!([]));
    assert_eq!(d["removed"], serde_json::json!([plant]));
    assert_eq!(d["changed"][0]["id"], revenue.as_str());
    assert_eq!(d["changed"][0]["fields"]["value"]["before"], 4.2e9);
    assert_eq!(d["changed"][0]["fields"]["value"]["after"], 4.3e9);
    assert_eq!(d["box"]["title"]["after"], "Acme's year");
    let r = factpack(&["diff", s(&out), s(&plain), "--json"]);
    let back: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(back["added"], serde_json::json!([plant]));
    let r = factpack(&["diff", s(&out), s(&out)]);
    assert_eq!(
        String::from_utf8_lossy(&r.stdout).trim(),
        "no change in the facts"
    );

    // --strict: the stale entry fails the build; the bundle stays.
    let before = std::fs::read(&out).unwrap();
    let r = factpack(&["build", s(&articles), "-o", s(&out), "--strict"]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("--strict") && err.contains("factpack.toml:13"),
        "{err}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);

    // A malformed file: an error naming the file and line; the bundle stays.
    std::fs::write(
        articles.join("factpack.toml"),
        toml.replace("pin = true", "pin = yes"),
    )
    .unwrap();
    let r = factpack(&["build", s(&articles), "-o", s(&out)]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("factpack.toml:8:"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), before);

    // --curation: another file; a missing one is an error.
    let other = dir.join("desk.toml");
    std::fs::write(&other, format!("[facts.\"{plant}\"]\npin = true\n")).unwrap();
    let r = factpack(&[
        "build",
        s(&articles),
        "-o",
        s(&out),
        "--curation",
        s(&other),
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let v = dumped(&out);
    assert_eq!(
        v["title"],
        serde_json::Value::Null,
        "the folder's file is not read"
    );
    let f = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == plant.as_str());
    assert_eq!(f.unwrap()["pinned"], true);
    let r = factpack(&[
        "build",
        s(&articles),
        "-o",
        s(&out),
        "--curation",
        s(&dir.join("none.toml")),
    ]);
    assert!(!r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("none.toml: cannot read"));
}

/// A running `factpack review` (killed when dropped) and its first line.
struct Review {
    child: std::process::Child,
    url: String,
    port: u16,
}

impl Drop for Review {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn review(dir: &Path) -> Review {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_factpack"))
        .args(["review", s(dir), "--jobs", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().to_string();
    let port = url
        .strip_prefix("http://127.0.0.1:")
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("first line is the URL: {url:?}"));
    Review { child, url, port }
}

/// One raw HTTP/1.1 request; the status and the body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    use std::io::{Read, Write};
    let mut c = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !headers.iter().any(|(k, _)| *k == "Host") {
        req += &format!("Host: 127.0.0.1:{port}\r\n");
    }
    for (k, v) in headers {
        req += &format!("{k}: {v}\r\n");
    }
    req += "\r\n";
    req += body;
    c.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    c.read_to_string(&mut out).unwrap();
    let status = out[9..12].parse().unwrap();
    let body = out.split_once("\r\n\r\n").map_or("", |x| x.1).to_string();
    (status, body)
}

/// `factpack review`: the URL with its token first on stdout; requests
/// without the token, with a foreign Host or Origin, or for a path outside
/// the review get 403; an action writes the curation file (comments kept)
/// and rebuilds; an article changed on disk is rebuilt.
#[test]
fn review_serves_only_its_own_page_and_writes_the_file() {
    let dir = tmpdir("review");
    std::fs::write(
        dir.join("a.md"),
        "---\ntitle: \"Results\"\ndate: 2026-03-02\n---\n\nAcme said its revenue rose 12% to $4.2 billion in 2025.\n",
    )
    .unwrap();
    std::fs::write(dir.join("factpack.toml"), "# Desk notes: do not lose\n").unwrap();
    std::fs::write(
        dir.parent()
            .unwrap()
            .join(format!("secret-{}.txt", std::process::id())),
        "secret",
    )
    .unwrap();
    let r = review(&dir);
    let path = r
        .url
        .strip_prefix(&format!("http://127.0.0.1:{}", r.port))
        .unwrap()
        .to_string();
    assert!(
        path.starts_with("/t/") && path.len() == 3 + 32 + 1,
        "{path}"
    );
    let (st, page) = http(r.port, "GET", &path, &[], "");
    assert_eq!(st, 200);
    assert!(
        page.contains("Review the facts") && page.contains("<mark>"),
        "{page}"
    );

    let secret = format!("secret-{}.txt", std::process::id());
    let forbidden: Vec<(&str, String, Vec<(&str, &str)>)> = vec![
        ("no token", "/".into(), vec![]),
        ("no token, the bundle", "/facts.fpk".into(), vec![]),
        (
            "wrong token",
            "/t/00000000000000000000000000000000/".into(),
            vec![],
        ),
        (
            "foreign Host",
            path.clone(),
            vec![("Host", "attacker.example")],
        ),
        (
            "foreign Origin",
            path.clone() + "api/state",
            vec![("Origin", "http://attacker.example")],
        ),
        (
            "outside the folder",
            path.clone() + "widget/../../" + &secret,
            vec![],
        ),
        (
            "outside, escaped",
            path.clone() + "widget/..%2f..%2f" + &secret,
            vec![],
        ),
    ];
    for (what, p, h) in &forbidden {
        let (st, body) = http(r.port, "GET", p, h, "");
        assert_eq!(st, 403, "{what}: {body}");
        assert!(!body.contains("secret"));
    }

    // An action: hide the revenue. The file says so, with the comment kept.
    let (_, state) = http(r.port, "GET", &(path.clone() + "api/state"), &[], "");
    let v: serde_json::Value = serde_json::from_str(&state).unwrap();
    let list = v["list"].as_str().unwrap();
    let at = list.find("data-id=\"").unwrap() + 9;
    let id = &list[at..at + 16];
    let origin = format!("http://127.0.0.1:{}", r.port);
    let body = format!("{{\"section\":\"facts\",\"key\":\"{id}\",\"fields\":{{\"hide\":true}}}}");
    let (st, _) = http(
        r.port,
        "POST",
        &(path.clone() + "api/edit"),
        &[
            ("Origin", "http://attacker.example"),
            ("Content-Type", "application/json"),
        ],
        &body,
    );
    assert_eq!(st, 403, "a cross-site POST changes nothing");
    assert_eq!(
        std::fs::read_to_string(dir.join("factpack.toml")).unwrap(),
        "# Desk notes: do not lose\n"
    );
    let (st, resp) = http(
        r.port,
        "POST",
        &(path.clone() + "api/edit"),
        &[("Origin", &origin), ("Content-Type", "application/json")],
        &body,
    );
    assert_eq!(st, 200, "{resp}");
    let file = std::fs::read_to_string(dir.join("factpack.toml")).unwrap();
    assert_eq!(
        file,
        format!("# Desk notes: do not lose\n[facts.\"{id}\"]\nhide = true\n")
    );
    let bundle = |path: &str| {
        let mut c = std::net::TcpStream::connect(("127.0.0.1", r.port)).unwrap();
        use std::io::{Read, Write};
        write!(
            c,
            "GET {path}facts.fpk HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            r.port
        )
        .unwrap();
        let mut out = Vec::new();
        c.read_to_end(&mut out).unwrap();
        let at = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        factpack::bundle::decode(&out[at..]).unwrap()
    };
    let b = bundle(&path);
    assert!(
        b.facts
            .iter()
            .all(|f| factpack::bundle::fact_id_str(f.id) != id),
        "hidden"
    );
    // Undo.
    let (st, _) = http(
        r.port,
        "POST",
        &(path.clone() + "api/undo"),
        &[("Content-Type", "application/json")],
        "{}",
    );
    assert_eq!(st, 200);
    assert_eq!(
        std::fs::read_to_string(dir.join("factpack.toml")).unwrap(),
        "# Desk notes: do not lose\n"
    );

    // An article changed on disk: the page's next state has it.
    let v0 = serde_json::from_str::<serde_json::Value>(
        &http(r.port, "GET", &(path.clone() + "api/state"), &[], "").1,
    )
    .unwrap()["version"]
        .as_u64()
        .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Costs fell 7% in 2025, the company said.\n",
    )
    .unwrap();
    let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let v: serde_json::Value =
            serde_json::from_str(&http(r.port, "GET", &(path.clone() + "api/state"), &[], "").1)
                .unwrap();
        if v["version"].as_u64().unwrap() > v0
            && v["list"]
                .as_str()
                .is_some_and(|l| l.contains("Costs fell 7%"))
        {
            break;
        }
        assert!(
            std::time::Instant::now() < end,
            "no rebuild after an article changed"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// `factpack build --watch` builds, then builds again when an article or
/// the curation file changes.
#[test]
fn build_watch_rebuilds_on_changes() {
    let dir = tmpdir("watch");
    let articles = dir.join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("a.txt"), "Sales rose 12% in 2025.\n").unwrap();
    let out = dir.join("facts.fpk");
    let mut child = Command::new(env!("CARGO_BIN_EXE_factpack"))
        .args([
            "build",
            s(&articles),
            "-o",
            s(&out),
            "--watch",
            "--jobs",
            "1",
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let wait_for = |what: &str, ok: &dyn Fn(&factpack::bundle::Bundle) -> bool| {
        let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            if let Some(b) = std::fs::read(&out)
                .ok()
                .and_then(|x| factpack::bundle::decode(&x).ok())
            {
                if ok(&b) {
                    return;
                }
            }
            assert!(
                std::time::Instant::now() < end,
                "timed out waiting for {what}"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    wait_for("the first build", &|b| b.articles.len() == 1);
    std::fs::write(articles.join("b.md"), "Costs fell 7% in 2025.\n").unwrap();
    wait_for("a rebuild with the new article", &|b| b.articles.len() == 2);
    std::fs::write(
        articles.join("factpack.toml"),
        "[box]\ntitle = \"Watched\"\n",
    )
    .unwrap();
    wait_for("a rebuild with the curation", &|b| {
        b.title.as_deref() == Some("Watched")
    });
    let _ = child.kill();
    let _ = child.wait();
}

/// `diff` on real pairs: the seeds, and the seeds without one article. The
/// facts only that article reported are removed, those it shared lose a
/// source, and nothing else changes: every other fact keeps its id.
#[test]
fn diff_of_the_seeds_without_one_article() {
    let dir = tmpdir("diff-seeds");
    let fewer = dir.join("fewer");
    std::fs::create_dir(&fewer).unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let gone = files.pop().unwrap();
    for f in &files {
        std::fs::copy(f, fewer.join(f.file_name().unwrap())).unwrap();
    }
    let (all, some) = (dir.join("all.fpk"), dir.join("some.fpk"));
    assert!(
        factpack(&["build", "seeds", "-o", s(&all)])
            .status
            .success()
    );
    assert!(
        factpack(&["build", s(&fewer), "-o", s(&some)])
            .status
            .success()
    );
    let r = factpack(&["diff", s(&all), s(&some), "--json"]);
    assert!(r.status.success());
    let d: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let full = dumped(&all);
    let gone_id = gone.file_stem().unwrap().to_str().unwrap();
    let only_gone: Vec<&str> = full["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["sources"]
                .as_array()
                .unwrap()
                .iter()
                .all(|x| x["article"] == gone_id)
        })
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(!only_gone.is_empty());
    let removed: Vec<&str> = d["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(removed, only_gone);
    assert_eq!(d["added"], serde_json::json!([]), "no fact got a new id");
    for c in d["changed"].as_array().unwrap() {
        let fields: Vec<&String> = c["fields"].as_object().unwrap().keys().collect();
        assert!(
            fields
                .iter()
                .all(|f| ["sources", "entities", "same_as"].contains(&f.as_str())),
            "{c}"
        );
    }
    let text = String::from_utf8(factpack(&["diff", s(&all), s(&some)]).stdout).unwrap();
    assert!(
        text.starts_with(&format!(
            "the fact box changed: {} facts removed",
            only_gone.len()
        )),
        "{text}"
    );
}

/// A fact takes its id from its earliest-published report, so adding an
/// earlier article that reports it gives it a new id: `diff` follows it by
/// the report it keeps (a fact changed, its id among the changes), where it
/// had listed one fact removed and one added.
#[test]
fn diff_follows_a_fact_whose_id_changed() {
    let dir = tmpdir("diff-follows");
    let (one, two) = (dir.join("one"), dir.join("two"));
    std::fs::create_dir(&one).unwrap();
    std::fs::create_dir(&two).unwrap();
    let later = "---\ntitle: \"Later\"\ndate: 2026-05-04\n---\n\nAcme said its revenue rose 12% to $4.2 billion in 2025.\n\nThe plant will open on June 1, 2026.\n";
    let earlier = "---\ntitle: \"Earlier\"\ndate: 2026-05-01\n---\n\nAcme said its revenue rose 12% to $4.2 billion in 2025.\n";
    std::fs::write(one.join("later.md"), later).unwrap();
    std::fs::write(two.join("later.md"), later).unwrap();
    std::fs::write(two.join("earlier.md"), earlier).unwrap();
    let (a, b) = (dir.join("a.fpk"), dir.join("b.fpk"));
    assert!(factpack(&["build", s(&one), "-o", s(&a)]).status.success());
    assert!(factpack(&["build", s(&two), "-o", s(&b)]).status.success());
    let id_of = |v: &serde_json::Value, value: f64| {
        v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["value"] == value)
            .map(|f| f["id"].as_str().unwrap().to_string())
            .unwrap()
    };
    let (before, after) = (id_of(&dumped(&a), 4.2e9), id_of(&dumped(&b), 4.2e9));
    assert_ne!(before, after, "the earlier report names the fact now");
    let r = factpack(&["diff", s(&a), s(&b), "--json"]);
    assert!(r.status.success());
    let d: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let listed = |k: &str| -> Vec<String> {
        d[k].as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert!(!listed("removed").contains(&before), "{d}");
    assert!(!listed("added").contains(&after), "{d}");
    let c = d["changed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == after.as_str())
        .unwrap_or_else(|| panic!("{d}"));
    assert_eq!(c["fields"]["id"]["before"], before.as_str());
    assert_eq!(c["fields"]["id"]["after"], after.as_str());
    assert!(
        c["fields"]["sources"].is_object(),
        "it gained a source: {c}"
    );
    // The other way, the fact goes back to its former id: changed again, not removed.
    let r = factpack(&["diff", s(&b), s(&a), "--json"]);
    let back: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(back["removed"], serde_json::json!([]), "{back}");
    assert!(
        back["changed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == before.as_str() && c["fields"]["id"]["before"] == after.as_str()),
        "{back}"
    );
    let text = String::from_utf8(factpack(&["diff", s(&a), s(&b)]).stdout).unwrap();
    assert!(
        text.contains(&format!("~ {after}  id \"{before}\" → \"{after}\"")),
        "{text}"
    );
}

/// `factpack build` keeps its records in target/factpack-cache/ of the
/// folder it runs in, one folder per article folder; a second build reuses
/// them; `--no-cache` keeps none; `--stats` says what the cache did.
#[test]
fn build_keeps_records_in_target_by_default() {
    let dir = tmpdir("cache-default");
    let seeds = std::fs::canonicalize("seeds").unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["build", s(&seeds), "-o", "facts.fpk", "--stats"];
        args.extend_from_slice(extra);
        let r = Command::new(env!("CARGO_BIN_EXE_factpack"))
            .args(&args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        (
            String::from_utf8_lossy(&r.stderr).into_owned(),
            std::fs::read(dir.join("facts.fpk")).unwrap(),
        )
    };
    let n = std::fs::read_dir("seeds").unwrap().count();
    let (none, plain) = run(&["--no-cache"]);
    assert!(!dir.join("target").exists());
    assert!(!none.contains("cache:"), "{none}");
    let (cold, first) = run(&[]);
    assert!(
        cold.contains(&format!("cache: 0 articles reused, {n} extracted")),
        "{cold}"
    );
    let folders: Vec<PathBuf> = std::fs::read_dir(dir.join("target/factpack-cache"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(folders.len(), 1);
    let name = folders[0].file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("seeds-"), "{name}");
    assert_eq!(
        factpack::compiler::record::list(&folders[0]).unwrap().len(),
        n
    );
    let (warm, second) = run(&[]);
    assert!(
        warm.contains(&format!("cache: {n} articles reused, 0 extracted")),
        "{warm}"
    );
    assert!(plain == first && first == second);
    // Another cache folder, by name.
    let (_, other) = run(&["--cache", "records"]);
    assert_eq!(
        factpack::compiler::record::list(&dir.join("records"))
            .unwrap()
            .len(),
        n
    );
    assert!(other == plain);
}

/// The README's map step with GNU parallel: an archive in folders (a month
/// each), every folder extracted by its own job into its own records, then
/// one merge; the bundle is the build of all the articles in one folder.
/// Run again after one article changed, only its folder's job extracts.
#[test]
fn archive_extracted_with_gnu_parallel_then_merged() {
    let dir = tmpdir("parallel");
    let (archive, all) = (dir.join("archive"), dir.join("all"));
    std::fs::create_dir_all(&all).unwrap();
    let mut names: Vec<PathBuf> = std::fs::read_dir("tests/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .collect();
    names.sort();
    for (k, p) in names.iter().enumerate() {
        let month = archive.join(format!("2026-0{}", 1 + k % 3));
        std::fs::create_dir_all(&month).unwrap();
        std::fs::copy(p, month.join(p.file_name().unwrap())).unwrap();
        std::fs::copy(p, all.join(p.file_name().unwrap())).unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_factpack");
    let sh = |script: &str| {
        let r = Command::new("sh")
            .args(["-c", script])
            .current_dir(&dir)
            .env("FACTPACK", bin)
            .output()
            .expect("sh");
        assert!(
            r.status.success(),
            "{script}: {}{}",
            String::from_utf8_lossy(&r.stdout),
            String::from_utf8_lossy(&r.stderr)
        );
        String::from_utf8_lossy(&r.stderr).into_owned()
    };
    let map = "parallel -j2 \"$FACTPACK\" extract {} -o records/{/} ::: archive/*";
    let log = sh(map);
    assert_eq!(log.matches(" extracted, 0 current)").count(), 3, "{log}");
    sh("\"$FACTPACK\" merge records/* -o merged.fpk");
    sh("\"$FACTPACK\" build all -o built.fpk --no-cache");
    assert!(
        std::fs::read(dir.join("merged.fpk")).unwrap()
            == std::fs::read(dir.join("built.fpk")).unwrap()
    );

    let changed = archive.join("2026-02").join(names[1].file_name().unwrap());
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("\nThe council said on Monday that 1,200 homes were affected.\n");
    std::fs::write(&changed, &text).unwrap();
    std::fs::write(all.join(names[1].file_name().unwrap()), &text).unwrap();
    let log = sh(map);
    // Only the changed folder extracts anything (and there, the changed article
    // and any whose answers the new words change); its old record is removed.
    assert_eq!(log.matches(" extracted, 0 current)").count(), 0, "{log}");
    assert_eq!(log.matches("(0 extracted,").count(), 2, "{log}");
    assert!(log.contains(", 1 stale removed"), "{log}");
    sh("\"$FACTPACK\" merge records/* -o merged.fpk");
    sh("\"$FACTPACK\" build all -o built.fpk --no-cache");
    assert!(
        std::fs::read(dir.join("merged.fpk")).unwrap()
            == std::fs::read(dir.join("built.fpk")).unwrap()
    );
}

/// Where the default folder of records cannot be made (here `target` is a
/// file), the build says so and goes on without records; `extract` fails.
#[test]
fn an_unusable_cache_is_a_warning_for_build() {
    let dir = tmpdir("cache-unusable");
    std::fs::write(dir.join("target"), "not a folder").unwrap();
    let seeds = std::fs::canonicalize("seeds").unwrap();
    let r = Command::new(env!("CARGO_BIN_EXE_factpack"))
        .args(["build", s(&seeds), "-o", "facts.fpk"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{err}");
    assert!(
        err.contains("warning: target/factpack-cache/seeds-"),
        "{err}"
    );
    assert!(err.contains("cannot create the folder of records"), "{err}");
    assert!(err.contains("building without records"), "{err}");
    assert!(dir.join("facts.fpk").exists());
    let r = Command::new(env!("CARGO_BIN_EXE_factpack"))
        .args(["extract", s(&seeds), "-o", "target/records"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success());
    assert!(
        err.starts_with("error: target/records: cannot create the folder of records"),
        "{err}"
    );
}
