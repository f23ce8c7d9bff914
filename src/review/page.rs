//! The review page: every fact of the folder with its source sentences
//! (the fact's words marked by the widget's own `Sentence` component, its
//! value as the widget's cards write it), grouped by article, flagged and
//! disputed facts first; the names; the box; and the widget itself as a live
//! preview beside the list. Rendered natively with Leptos (SSR); a small
//! script (`review.js`) does the keys, filters and requests.

use super::Session;
use crate::bundle::{Body, Bundle, FactKind, fact_id_str};
use crate::ui::cldr::Cldr;
use crate::ui::model::Model;
use crate::ui::render::{self, Cx, Sentence, headline_of};
use crate::ui::state::State;
use leptos::prelude::*;
use std::sync::Arc;

const CSS: &str = include_str!("review.css");
const JS: &str = include_str!("review.js");

/// One line about the session: the counts, the stale entries, the error.
pub fn status(s: &Session) -> String {
    let Some(b) = &s.listed else {
        return s.error().unwrap_or_default();
    };
    let m = &s.summary;
    let mut parts = vec![format!(
        "{} facts from {} articles",
        b.facts.len(),
        b.articles.len()
    )];
    for (n, what) in [
        (m.hidden_ids.len(), "hidden"),
        (m.pinned_facts, "pinned"),
        (m.edited_facts, "edited"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    if !m.stale.is_empty() {
        parts.push(format!(
            "{} entries match nothing: {}",
            m.stale.len(),
            m.stale
                .iter()
                .map(|w| w.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    parts.join(" · ")
}

fn with_cx<R>(b: &Bundle, f: impl FnOnce(Cx) -> R) -> R {
    render::with_cx(
        Arc::new(Model::new(b.clone())),
        Arc::new(Cldr::new("en")),
        State::default(),
        usize::MAX,
        true,
        f,
    )
}

/// The value an edit form starts from, as text.
fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// One input of an edit form.
fn field(
    name: &'static str,
    label: &'static str,
    value: String,
    hint: &'static str,
) -> impl IntoView {
    view! {
        <label class="rv-field"><span>{label}</span>
            <input name=name value=value placeholder=hint autocomplete="off"/>
        </label>
    }
}

/// A select of fixed choices.
fn choice(
    name: &'static str,
    label: &'static str,
    value: &str,
    options: &[&'static str],
) -> impl IntoView {
    let opts = options
        .iter()
        .map(|&o| view! { <option value=o selected=o == value>{o}</option> })
        .collect_view();
    view! { <label class="rv-field"><span>{label}</span><select name=name>{opts}</select></label> }
}

/// The edit form of a fact: the fields its kind has, filled with what it says now.
fn form(body: &Body, note: Option<&str>) -> impl IntoView + use<> {
    let fields = match body {
        Body::Quantity {
            value,
            upper,
            unit,
            qualifier,
            measure,
            ..
        } => view! {
            {field("value", "Value", num(*value), "a number: 361000000")}
            {field("upper", "Upper (ranges)", upper.map(num).unwrap_or_default(), "")}
            {field("unit", "Unit", unit.clone().unwrap_or_default(), "%, m, USD, GBP… (empty: a count)")}
            {choice("qualifier", "Qualifier", qualifier.as_str(), &["exact", "approx", "over", "under", "range"])}
            {field("measure", "Measure", measure.clone(), "")}
        }
        .into_any(),
        Body::Event {
            date,
            precision,
            summary,
        } => view! {
            {field("date", "Date", date.clone(), "2026-02-01, 2026-02, 2026")}
            {choice("precision", "Precision", precision.as_str(), &["day", "month", "year", "decade", "month-day"])}
            {field("summary", "Summary", summary.clone(), "")}
        }
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        <form class="rv-form" hidden>
            {fields}
            {field("note", "Note on the card", note.unwrap_or_default().to_string(), "")}
            <div class="rv-form-actions"><button type="submit">"Save"</button><button type="button" data-act="cancel">"Cancel (Esc)"</button></div>
        </form>
    }
}

/// Every fact, grouped by the article of its first report; in each group,
/// flagged and disputed facts first.
pub fn list_html(s: &Session) -> String {
    let Some(b) = &s.listed else {
        return String::new();
    };
    let hidden = &s.summary.hidden_ids;
    let mut disputed = vec![0usize; b.facts.len()];
    for d in &b.disagreements {
        for &f in &d.facts {
            disputed[f as usize] += 1;
        }
    }
    // The facts of each article (of its first report), in one pass.
    let mut by_article: Vec<Vec<usize>> = vec![Vec::new(); b.articles.len()];
    for (i, f) in b.facts.iter().enumerate() {
        by_article[f.sources[0].article as usize].push(i);
    }
    with_cx(b, |cx| {
        let groups = by_article
            .into_iter()
            .enumerate()
            .map(|(a, mut items)| {
                items.sort_by_key(|&i| {
                    let f = &b.facts[i];
                    (f.flags.is_empty() && disputed[i] == 0, i)
                });
                let art = &b.articles[a];
                let heading = art.title.clone() + " (" + &art.file + ")";
                let items = items
                    .into_iter()
                    .map(|i| item(cx, b, i, hidden.contains(&b.facts[i].id), disputed[i]))
                    .collect_view();
                view! {
                    <section class="rv-group" data-article=art.id.clone()>
                        <h2>{heading}</h2>
                        <ol class="rv-items">{items}</ol>
                    </section>
                }
            })
            .collect_view();
        groups.to_html()
    })
}

/// One fact of the list: what it says, its marks, its sentences, its actions.
fn item(cx: Cx, b: &Bundle, i: usize, hidden: bool, disputed: usize) -> impl IntoView + use<> {
    let f = &b.facts[i];
    let id = fact_id_str(f.id);
    let (head, sub) = headline_of(&cx, &f.body);
    let kind = f.kind().as_str();
    let mut class = "rv-item".to_string();
    for (on, c) in [
        (hidden, " rv-hidden"),
        (f.pinned, " rv-pinned"),
        (!f.edited.is_empty(), " rv-edited"),
        (!f.flags.is_empty() || disputed > 0, " rv-flagged"),
    ] {
        if on {
            class += c;
        }
    }
    let mut marks: Vec<String> = Vec::new();
    if hidden {
        marks.push("Hidden".into());
    }
    if f.pinned {
        marks.push("Key fact".into());
    }
    if let Some(o) = f.original() {
        let (h, s) = headline_of(&cx, &o);
        marks.push(format!(
            "Edited (was {h}{})",
            if s.is_empty() {
                String::new()
            } else {
                format!(" · {s}")
            }
        ));
    }
    if disputed > 0 {
        marks.push("Sources disagree".into());
    }
    let marks = marks
        .into_iter()
        .map(|m| view! { <span class="rv-mark">{m}</span> })
        .collect_view();
    let flags = f
        .flags
        .iter()
        .map(|fl| view! { <p class="rv-flag">{"⚠ ".to_string() + &fl.reason}</p> })
        .collect_view();
    let sources = f
        .sources
        .iter()
        .map(|&src| {
            let a = &b.articles[src.article as usize];
            view! { <figure class="rv-source"><Sentence cx source=src/><figcaption>{a.title.clone()}</figcaption></figure> }
        })
        .collect_view();
    let note = f
        .note
        .clone()
        .map(|n| view! { <p class="rv-note">{"Note: ".to_string() + &n}</p> });
    let label = format!(
        "{kind}: {head}{}",
        if sub.is_empty() {
            String::new()
        } else {
            format!(", {sub}")
        }
    );
    let editable = matches!(
        f.kind(),
        FactKind::Quantity | FactKind::Event | FactKind::Quote | FactKind::Row
    );
    let labelled = "rv-h-".to_string() + &id;
    let head_id = labelled.clone();
    view! {
        <li class=class id="rv-".to_string() + &id data-id=id.clone() data-kind=kind data-article=b.articles[f.sources[0].article as usize].id.clone()
            data-hidden=hidden.to_string() data-pinned=f.pinned.to_string() tabindex="-1" aria-labelledby=labelled>
            <div class="rv-head">
                <span class="rv-kind">{kind}</span>
                <strong class="rv-value" id=head_id aria-label=label>{head}</strong>
                <span class="rv-measure">{sub}</span>
                {marks}
            </div>
            {flags}
            {note}
            {sources}
            <div class="rv-actions">
                <button type="button" data-act="hide">{if hidden { "Show (h)" } else { "Hide (h)" }}</button>
                <button type="button" data-act="pin">{if f.pinned { "Unpin (p)" } else { "Pin (p)" }}</button>
                {editable.then(|| view! { <button type="button" data-act="edit">"Edit (e)"</button> })}
                <a class="rv-id" href="#fact-".to_string() + &id title="The fact's id, as in factpack.toml and its deep link">{id.clone()}</a>
            </div>
            {form(&f.body, f.note.as_deref())}
        </li>
    }
}

/// The names: kind, display label, merge, hide.
pub fn names_html(s: &Session) -> String {
    let Some(b) = &s.listed else {
        return String::new();
    };
    let hidden = &s.summary.hidden_names;
    let kinds = ["person", "organization", "place", "element", "other"];
    let rows = b
        .entities
        .iter()
        .map(|e| {
            let display = e
                .usual
                .and_then(|u| e.aliases.get(u as usize).cloned())
                .unwrap_or_default();
            let hide = hidden.contains(&e.name);
            let aliases = e.aliases.join(", ");
            view! {
                <tr data-name=e.name.clone() class=if hide { "rv-hidden" } else { "" }>
                    <th scope="row">{e.name.clone()}<small>{aliases}</small></th>
                    <td>{choice("kind", "Kind", e.kind.as_str(), &kinds)}</td>
                    <td>{field("display", "Display", display, "the label readers see")}</td>
                    <td>{field("merge_into", "Merge into", String::new(), "another name")}</td>
                    <td><label class="rv-field"><span>"Hidden"</span><input type="checkbox" name="hide" checked=hide/></label></td>
                    <td><button type="button" data-act="save-name">"Save"</button></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="rv-names"><tbody>{rows}</tbody></table>
    }
    .to_html()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The whole page.
pub fn page(s: &Session, widget: bool) -> String {
    let (title, views, articles) = match &s.listed {
        Some(b) => (
            b.title.clone().unwrap_or_default(),
            b.views.join(", "),
            b.articles
                .iter()
                .map(|a| {
                    format!(
                        "<option value=\"{}\">{}</option>",
                        escape(&a.id),
                        escape(&a.title)
                    )
                })
                .collect::<String>(),
        ),
        None => Default::default(),
    };
    let preview = if widget {
        format!(
            "<script type=\"module\" src=\"widget/factpack.js\"></script><fact-pack id=\"rv-preview\" src=\"facts.fpk?v={}\" limit=\"12\"></fact-pack>",
            s.version
        )
    } else {
        "<p class=\"rv-error\">No built widget was found (run <code>make build</code>, or pass <code>--widget DIR</code>): the preview is missing.</p>".to_string()
    };
    let error = s.error().as_deref().map(escape).unwrap_or_default();
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review · factpack</title><link rel="icon" href="data:,"><style>{CSS}</style></head>
<body data-version="{version}">
<header class="rv-top">
  <h1>Review the facts</h1>
  <p class="rv-keys" id="rv-keys"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>h</kbd> hide or show · <kbd>p</kbd> pin · <kbd>e</kbd> edit · <kbd>u</kbd> undo. Every change is written to <code>{file}</code> and rebuilt.</p>
  <p class="rv-status" id="rv-status" role="status" aria-live="polite">{status}</p>
  <p class="rv-error" id="rv-error" role="alert"{error_hidden}>{error}</p>
</header>
<main class="rv-main">
<div class="rv-col">
  <form class="rv-filters" id="rv-filters" aria-label="Filters">
    <label>Kind <select name="kind"><option value="">all</option><option>quantity</option><option>event</option><option>quote</option><option>row</option></select></label>
    <label>Article <select name="article"><option value="">all</option>{articles}</select></label>
    <label><input type="checkbox" name="flagged"> flagged or disputed</label>
    <label><input type="checkbox" name="edited"> edited, pinned or hidden</label>
  </form>
  <div id="rv-list" class="rv-list" aria-label="Facts" aria-describedby="rv-keys">{list}</div>
  <details class="rv-panel"><summary><h2>Names</h2></summary><div id="rv-names">{names}</div></details>
  <details class="rv-panel"><summary><h2>The box</h2></summary>
    <form class="rv-box" id="rv-box">
      <label class="rv-field"><span>Title</span><input name="title" value="{title}" placeholder="Fact box"></label>
      <label class="rv-field"><span>Views, in order</span><input name="views" value="{views}" placeholder="numbers, timeline, compare, quotes, entities, sources"></label>
      <button type="submit">Save</button>
    </form>
  </details>
</div>
<aside class="rv-preview" aria-label="Preview">{preview}</aside>
</main>
<script>{JS}</script>
</body></html>"#,
        version = s.version,
        file = escape(&s.curation_path().display().to_string()),
        status = escape(&status(s)),
        error_hidden = if error.is_empty() { " hidden" } else { "" },
        list = list_html(s),
        names = names_html(s),
        title = escape(&title),
        views = escape(&views),
    )
}
