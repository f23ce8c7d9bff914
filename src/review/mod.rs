//! `factpack review` and `factpack build --watch`: an editor reviews the
//! facts of a folder, hides, pins and corrects them, and every action is
//! written to the curation file (`factpack.toml`) and rebuilt at once.
//!
//! The review page is served by `tiny_http` (a small synchronous HTTP
//! server: one local user, a few requests a minute, no async runtime to
//! carry) on 127.0.0.1 only. Every request must carry the session's random
//! token in its path (`/t/<token>/…`), name the loopback address and port
//! as its `Host` (DNS rebinding), and come from no other origin (cross-site
//! requests); anything else gets 403. The server reads and writes nothing
//! but the articles folder's articles, the curation file, and the widget's
//! files (by name, from their folder's listing).

pub mod edit;
mod page;
pub mod watch;

use crate::bundle::{self, Bundle};
use crate::compiler::{self, curate};
use edit::Section;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the review session is about.
#[derive(Debug, Clone)]
pub struct Options {
    /// The articles folder.
    pub dir: PathBuf,
    /// The curation file (default: `dir/factpack.toml`).
    pub curation: Option<PathBuf>,
    /// Worker threads for compiling.
    pub jobs: Option<usize>,
    /// The widget's built files (`www/factpack/`), for the live preview.
    pub widget: Option<PathBuf>,
}

impl Options {
    fn curation_path(&self) -> PathBuf {
        self.curation
            .clone()
            .unwrap_or_else(|| self.dir.join(curate::FILE_NAME))
    }
}

/// The state of a review: the articles compiled, the curation applied.
pub struct Session {
    opts: Options,
    curation: PathBuf,
    /// The articles as compiled, before any correction.
    raw: Option<Bundle>,
    /// The bundle readers get (hidden facts left out), encoded.
    pub bytes: Vec<u8>,
    /// The corrected bundle with what is hidden still in (the review list).
    pub listed: Option<Bundle>,
    pub summary: curate::Summary,
    /// Why the articles did not compile, when they did not (the last good
    /// bundle is kept meanwhile); cleared only by a good compile.
    compile_error: Option<String>,
    /// Why the curation file could not be applied, when it could not.
    curation_error: Option<String>,
    /// Bumped by every rebuild, so the page knows to reload.
    pub version: u64,
    /// Each action's curation text before and after (`None`: no file).
    undo: Vec<(Option<String>, String)>,
    /// The curation text last applied (a change of the file to the same
    /// text, as this session's own writes, needs no rebuild).
    applied: Option<String>,
}

impl Session {
    /// Compile the folder and apply its curation.
    pub fn open(opts: Options) -> Session {
        let curation = opts.curation_path();
        let mut s = Session {
            opts,
            curation,
            raw: None,
            bytes: Vec::new(),
            listed: None,
            summary: Default::default(),
            compile_error: None,
            curation_error: None,
            version: 0,
            undo: Vec::new(),
            applied: None,
        };
        s.rebuild();
        s
    }

    pub fn curation_path(&self) -> &Path {
        &self.curation
    }

    /// What is wrong, if anything: the articles' compile error, the
    /// curation file's error, or both.
    pub fn error(&self) -> Option<String> {
        match (&self.compile_error, &self.curation_error) {
            (None, None) => None,
            (Some(a), None) | (None, Some(a)) => Some(a.clone()),
            (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
        }
    }

    /// Compile the articles again, then apply the curation.
    pub fn rebuild(&mut self) {
        let opts = compiler::Options {
            jobs: self.opts.jobs,
            ..Default::default()
        };
        match compiler::compile_dir(&self.opts.dir, &opts) {
            Ok(c) => {
                self.raw = Some(c.bundle);
                self.compile_error = None;
                self.applied = None;
                self.recurate();
            }
            Err(e) => {
                self.compile_error = Some(e.to_string());
                self.version += 1;
            }
        }
    }

    /// Apply the curation file (as it is now) to the compiled articles;
    /// nothing to do when it is as last applied.
    pub fn recurate(&mut self) {
        let text = match std::fs::read_to_string(&self.curation) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                self.curation_error =
                    Some(format!("{}: cannot read: {e}", self.curation.display()));
                self.version += 1;
                return;
            }
        };
        if self.applied.as_ref() == Some(&text) {
            return;
        }
        self.version += 1;
        let Some(raw) = &self.raw else { return };
        self.applied = Some(text.clone());
        match curated(&self.curation, &text, raw) {
            Ok(c) => self.install(c),
            Err(e) => self.curation_error = Some(e),
        }
    }

    /// Take a curation's result as the session's bundles.
    fn install(&mut self, (bytes, listed, summary): Curated) {
        self.bytes = bytes;
        self.listed = Some(listed);
        self.summary = summary;
        self.curation_error = None;
    }

    /// Change one entry of the curation file and rebuild. The file is
    /// written atomically; a change the curation refuses (a value on an
    /// event, say) is not written, and the error says why. An entry the
    /// editor wrote under another spelling of its key (an alias, a
    /// `fact-` prefix, capitals) is the one changed.
    pub fn edit(
        &mut self,
        section: Section,
        key: &str,
        fields: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<(), String> {
        let before = read_opt(&self.curation)?;
        let (text, result) = self.edited_text(before.as_deref(), section, key, fields)?;
        if before.as_deref() == Some(text.as_str()) || (before.is_none() && text.is_empty()) {
            return Ok(());
        }
        crate::atomic::write(&self.curation, text.as_bytes())
            .map_err(|e| format!("{}: cannot write: {e}", self.curation.display()))?;
        // Applied once, to check it: that result is the session's now.
        self.version += 1;
        self.applied = Some(text.clone());
        self.install(result);
        self.undo.push((before, text));
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// The curation text after an edit, checked by applying it.
    fn edited_text(
        &self,
        before: Option<&str>,
        section: Section,
        key: &str,
        fields: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<(String, Curated), String> {
        let Some(raw) = &self.raw else {
            return Err("the articles do not compile yet: fix them first".into());
        };
        let same: Box<dyn Fn(&str) -> bool> = match section {
            Section::Facts => {
                // The entry that names the same fact (under its own id, or
                // the id of another of its reports: an entry written before
                // an earlier article came), as the curation reads it.
                let names = curate::FactNames::new(raw);
                let id = curate::fact_key(key);
                let at = id.and_then(|id| names.get(id));
                Box::new(move |k: &str| match (curate::fact_key(k), at) {
                    (Some(x), Some(i)) => names.get(x) == Some(i),
                    (x, None) => x.is_some() && x == id,
                    (None, _) => false,
                })
            }
            Section::Entities => {
                let at = curate::entity_named(raw, key);
                Box::new(move |k: &str| at.is_some() && curate::entity_named(raw, k) == at)
            }
            Section::Box => Box::new(|_: &str| false),
        };
        let text = edit::set_fields(before.unwrap_or(""), section, key, &*same, fields)
            .map_err(|e| format!("{}: {e}", self.curation.display()))?;
        let result = curated(&self.curation, &text, raw)?;
        Ok((text, result))
    }

    /// Put the curation file back as it was before the last action, unless
    /// it was changed since by other hands (their change would be lost).
    pub fn undo(&mut self) -> Result<bool, String> {
        let Some((before, after)) = self.undo.last().cloned() else {
            return Ok(false);
        };
        if read_opt(&self.curation)?.as_deref() != Some(after.as_str()) {
            self.undo.clear();
            return Err(format!(
                "{} was changed since (by hand?): nothing undone, so that change stays",
                self.curation.display()
            ));
        }
        self.undo.pop();
        match before {
            Some(t) => crate::atomic::write(&self.curation, t.as_bytes())
                .map_err(|e| format!("{}: cannot write: {e}", self.curation.display()))?,
            None => std::fs::remove_file(&self.curation)
                .map_err(|e| format!("{}: cannot remove: {e}", self.curation.display()))?,
        }
        self.recurate();
        Ok(true)
    }
}

/// How many actions `u` can undo.
const UNDO_DEPTH: usize = 200;

fn read_opt(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
    }
}

/// What a curation gives: the bundle readers get (encoded), the bundle the
/// review lists (hidden facts in), and what was done.
type Curated = (Vec<u8>, Bundle, curate::Summary);

/// A curation text applied to compiled articles.
fn curated(path: &Path, text: &str, raw: &Bundle) -> Result<Curated, String> {
    let c = curate::Curation::parse(path, text).map_err(|e| e.to_string())?;
    let mut out = raw.clone();
    let summary = c.apply(&mut out).map_err(|e| e.to_string())?;
    let bytes = bundle::encode(&out).map_err(|e| e.to_string())?;
    let mut listed = raw.clone();
    let mut s2 = c.apply_for_review(&mut listed).map_err(|e| e.to_string())?;
    s2.stale = summary.stale.clone();
    let summary = curate::Summary {
        hidden_ids: s2.hidden_ids,
        hidden_names: s2.hidden_names,
        ..summary
    };
    Ok((bytes, listed, summary))
}

/// A random token of 128 bits, as 32 hex digits.
fn token() -> Result<String, String> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| format!("no random numbers for the session token: {e}"))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// What a request asks for, once it is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Page,
    Bundle,
    State,
    Edit,
    Undo,
    /// A file of the widget, by name.
    Widget(String),
}

/// Why a request is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// 403: no or a wrong token, a foreign `Host` or `Origin`.
    Forbidden(&'static str),
    /// 404: allowed, but there is no such thing.
    NotFound,
    /// 405: the wrong method for the route.
    Method,
}

/// The parts of a request the checks read.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub host: Option<&'a str>,
    pub origin: Option<&'a str>,
    /// `Sec-Fetch-Site`, which browsers send with every request.
    pub fetch_site: Option<&'a str>,
}

/// Equal strings, compared in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// Check a request and find its route: the token in the path, the loopback
/// `Host` with this port, no foreign `Origin`, no cross-site fetch. Pure,
/// so it is tested without a server.
pub fn check(r: &Request, port: u16, token: &str) -> Result<Route, Refusal> {
    let hosts = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    match r.host {
        Some(h) if hosts.iter().any(|x| x.eq_ignore_ascii_case(h.trim())) => {}
        _ => {
            return Err(Refusal::Forbidden(
                "Host is not this server's loopback address",
            ));
        }
    }
    if let Some(o) = r.origin {
        if !hosts.iter().any(|x| same(o.trim(), &format!("http://{x}"))) {
            return Err(Refusal::Forbidden("request from another origin"));
        }
    }
    if r.fetch_site.is_some_and(|s| s.trim() == "cross-site") {
        return Err(Refusal::Forbidden("cross-site request"));
    }
    let path = r.url.split(['?', '#']).next().unwrap_or("");
    let Some(rest) = path.strip_prefix("/t/") else {
        return Err(Refusal::Forbidden("no session token"));
    };
    let (t, rest) = rest.split_once('/').unwrap_or((rest, ""));
    if !same(t, token) {
        return Err(Refusal::Forbidden("wrong session token"));
    }
    // Nothing outside the review is ever served: no parent folders, no
    // escaped separators, no absolute paths.
    let lower = rest.to_ascii_lowercase();
    if rest.split('/').any(|p| p == "..")
        || ["%2e", "%2f", "%5c", "\\", "//"]
            .iter()
            .any(|x| lower.contains(x))
    {
        return Err(Refusal::Forbidden("a path outside the review"));
    }
    let get = r.method == "GET" || r.method == "HEAD";
    let post = r.method == "POST";
    let route = match rest {
        "" => Route::Page,
        "facts.fpk" => Route::Bundle,
        "api/state" => Route::State,
        "api/edit" => Route::Edit,
        "api/undo" => Route::Undo,
        _ => match rest.strip_prefix("widget/") {
            // A plain file name: no folders, no "..", no encoded tricks.
            Some(name)
                if !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
                    && !name.starts_with('.') =>
            {
                Route::Widget(name.to_string())
            }
            _ => return Err(Refusal::NotFound),
        },
    };
    let ok = match route {
        Route::Edit | Route::Undo => post,
        _ => get,
    };
    if ok { Ok(route) } else { Err(Refusal::Method) }
}

/// Where the widget's built files are: the option, else `FACTPACK_WIDGET`,
/// else `www/factpack` here, else next to the executable's repository
/// (`target/<profile>/factpack` → `www/factpack`).
fn widget_dir(opt: Option<&Path>) -> Option<PathBuf> {
    let mut c: Vec<PathBuf> = Vec::new();
    c.extend(opt.map(Path::to_path_buf));
    c.extend(std::env::var_os("FACTPACK_WIDGET").map(PathBuf::from));
    c.push(PathBuf::from("www/factpack"));
    if let Ok(exe) = std::env::current_exe() {
        if let Some(root) = exe.parent().and_then(Path::parent).and_then(Path::parent) {
            c.push(root.join("www/factpack"));
        }
    }
    c.into_iter().find(|d| d.join("factpack.js").is_file())
}

/// A file of the widget folder, only if the folder lists that name.
fn widget_file(dir: &Path, name: &str) -> Option<Vec<u8>> {
    let listed = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_str() == Some(name) && e.path().is_file());
    if !listed {
        return None;
    }
    std::fs::read(dir.join(name)).ok()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("html") => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    }
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn respond(status: u16, ctype: &str, body: Vec<u8>) -> Response {
    let mut r = tiny_http::Response::from_data(body).with_status_code(status);
    for (k, v) in [
        ("Content-Type", ctype),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
    ] {
        if let Ok(h) = tiny_http::Header::from_bytes(k, v) {
            r.add_header(h);
        }
    }
    r
}

fn json(v: serde_json::Value) -> Response {
    respond(200, "application/json", v.to_string().into_bytes())
}

/// The review server: what it needs to answer.
struct Server {
    session: Session,
    port: u16,
    token: String,
    widget: Option<PathBuf>,
}

impl Server {
    /// The list, the names and the status, for the page to show.
    fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "version": self.session.version,
            "list": page::list_html(&self.session),
            "names": page::names_html(&self.session),
            "status": page::status(&self.session),
            "error": self.session.error(),
        })
    }

    fn handle(&mut self, mut req: tiny_http::Request) {
        let header = |name: &'static str| {
            req.headers()
                .iter()
                .find(|h| h.field.equiv(name))
                .map(|h| h.value.as_str().to_string())
        };
        let (host, origin, site) = (header("Host"), header("Origin"), header("Sec-Fetch-Site"));
        let method = req.method().as_str().to_string();
        let url = req.url().to_string();
        let r = Request {
            method: &method,
            url: &url,
            host: host.as_deref(),
            origin: origin.as_deref(),
            fetch_site: site.as_deref(),
        };
        let response = match check(&r, self.port, &self.token) {
            Err(Refusal::Forbidden(why)) => respond(
                403,
                "text/plain; charset=utf-8",
                format!("403 forbidden: {why}\n").into_bytes(),
            ),
            Err(Refusal::NotFound) => respond(
                404,
                "text/plain; charset=utf-8",
                b"404 not found\n".to_vec(),
            ),
            Err(Refusal::Method) => respond(
                405,
                "text/plain; charset=utf-8",
                b"405 method not allowed\n".to_vec(),
            ),
            Ok(route) => {
                let mut body = Vec::new();
                if method == "POST" {
                    // Small JSON bodies only.
                    let _ = req.as_reader().take(1 << 20).read_to_end(&mut body);
                }
                self.route(route, &url, &body)
            }
        };
        // The answer is written on a thread of its own: a client that stops
        // reading (a page closed mid-download) cannot hold up the others.
        // (tiny_http keeps the answers on one connection in order.)
        std::thread::spawn(move || {
            let _ = req.respond(response);
        });
    }

    fn route(&mut self, route: Route, url: &str, body: &[u8]) -> Response {
        match route {
            Route::Page => respond(
                200,
                "text/html; charset=utf-8",
                page::page(&self.session, self.widget.is_some()).into_bytes(),
            ),
            Route::Bundle => respond(200, "application/octet-stream", self.session.bytes.clone()),
            Route::State => {
                // `?since=N`: nothing new unless the version moved.
                let since = url
                    .split_once("since=")
                    .and_then(|(_, v)| v.split('&').next()?.parse::<u64>().ok());
                if since == Some(self.session.version) {
                    json(serde_json::json!({ "version": self.session.version }))
                } else {
                    json(self.state())
                }
            }
            Route::Edit => {
                let v: serde_json::Value = match serde_json::from_slice(body) {
                    Ok(v) => v,
                    Err(e) => {
                        return respond(
                            400,
                            "text/plain; charset=utf-8",
                            format!("400 bad request: {e}\n").into_bytes(),
                        );
                    }
                };
                let section = v["section"].as_str().and_then(Section::parse);
                let key = v["key"].as_str().unwrap_or("");
                let fields = v["fields"].as_object();
                let (Some(section), Some(fields)) = (section, fields) else {
                    return respond(
                        400,
                        "text/plain; charset=utf-8",
                        b"400 bad request: section, key and fields\n".to_vec(),
                    );
                };
                match self.session.edit(section, key, fields) {
                    Ok(()) => json(self.state()),
                    Err(e) => respond(422, "text/plain; charset=utf-8", e.into_bytes()),
                }
            }
            Route::Undo => match self.session.undo() {
                Ok(undone) => {
                    let mut v = self.state();
                    v["undone"] = undone.into();
                    json(v)
                }
                Err(e) => respond(409, "text/plain; charset=utf-8", e.into_bytes()),
            },
            Route::Widget(name) => match self.widget.as_deref().and_then(|d| widget_file(d, &name))
            {
                Some(bytes) => respond(200, content_type(&name), bytes),
                None => respond(
                    404,
                    "text/plain; charset=utf-8",
                    b"404 not found\n".to_vec(),
                ),
            },
        }
    }
}

/// `factpack review`: compile, serve the review page, print its URL (with
/// the token) as the first line on stdout, and serve until killed,
/// rebuilding when an article or the curation file changes.
pub fn serve(opts: Options, port: u16) -> Result<(), String> {
    if !opts.dir.is_dir() {
        return Err(format!("{}: not a folder", opts.dir.display()));
    }
    let widget = widget_dir(opts.widget.as_deref());
    let curation = opts.curation_path();
    if let Some(parent) = curation
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.is_dir())
    {
        return Err(format!(
            "{}: the curation file's folder does not exist",
            parent.display()
        ));
    }
    // Watching starts first: a change made during the first compile is seen.
    let watch = watch::Watch::new(&opts.dir, &curation)?;
    let session = Session::open(opts.clone());
    let http = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let port = http
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or("the server has no IP address")?;
    let token = token()?;
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "http://127.0.0.1:{port}/t/{token}/");
        let _ = out.flush();
    }
    eprintln!(
        "reviewing {} (corrections in {}); {}; Ctrl-C to stop",
        opts.dir.display(),
        session.curation_path().display(),
        match &widget {
            Some(w) => format!("widget from {}", w.display()),
            None => "no built widget found (make build, or --widget DIR): the preview is the static fallback".into(),
        }
    );
    if let Some(e) = session.error() {
        eprintln!("error: {e}");
    }
    let mut server = Server {
        session,
        port,
        token,
        widget,
    };
    loop {
        match http.recv_timeout(Duration::from_millis(100)) {
            Ok(Some(req)) => server.handle(req),
            Ok(None) => {}
            Err(e) => return Err(format!("the server stopped: {e}")),
        }
        if let Some(c) = watch.changed(Duration::ZERO) {
            let before = server.session.version;
            if c.articles {
                server.session.rebuild();
            } else {
                server.session.recurate();
            }
            if server.session.version != before {
                match server.session.error() {
                    Some(e) => eprintln!("error: {e}"),
                    None => eprintln!("rebuilt (version {})", server.session.version),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
