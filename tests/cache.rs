//! Extraction records (`factpack build`'s cache, `factpack extract` and
//! `factpack merge`): a build from records is byte for byte the build from
//! the articles, whatever changed between the two, and only the articles
//! whose extraction can differ are extracted again.

use factpack::bundle::encode;
use factpack::compiler::{Compiled, Options, compile_dir, extract_dir, merge_records, record};
use std::path::{Path, PathBuf};

/// A copy of the labeled test articles in a fresh folder.
fn articles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir("tests/articles").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt" || x == "md") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn build(dir: &Path, cache: Option<&Path>) -> Compiled {
    let opts = Options {
        cache: cache.map(Path::to_path_buf),
        ..Default::default()
    };
    compile_dir(dir, &opts).expect("compiles")
}

fn bytes(c: &Compiled) -> Vec<u8> {
    encode(&c.bundle).unwrap()
}

/// Two bundles byte for byte (a failure says where they part, not every byte).
#[track_caller]
fn same(a: Vec<u8>, b: Vec<u8>) {
    if a != b {
        let at = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        panic!(
            "bundles of {} and {} bytes differ from byte {at}",
            a.len(),
            b.len()
        );
    }
}

fn records(cache: &Path) -> Vec<PathBuf> {
    record::list(cache).unwrap()
}

/// A folder holding one test article (03-cobalt-followup, as cobalt.md).
fn cobalt() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/articles/03-cobalt-followup.md",
        dir.path().join("cobalt.md"),
    )
    .unwrap();
    dir
}

/// The first record of a cache folder, its file and the file's bytes.
fn first_record(cache: &Path) -> (record::Record, PathBuf, Vec<u8>) {
    let file = records(cache).swap_remove(0);
    let bytes = std::fs::read(&file).unwrap();
    let r = record::decode(record::build_id().unwrap(), &file, &bytes).unwrap();
    (r, file, bytes)
}

/// Cold, warm, and after one article changed: the bundle without a cache each time.
#[test]
fn a_cached_build_is_the_build() {
    let dir = articles();
    let cache = tempfile::tempdir().unwrap();
    let n = std::fs::read_dir(dir.path()).unwrap().count();
    let cold = build(dir.path(), Some(cache.path()));
    same(bytes(&cold), bytes(&build(dir.path(), None)));
    assert_eq!((cold.cache.reused, cold.cache.extracted), (0, n));
    assert_eq!(records(cache.path()).len(), n);

    assert!(!cold.cache.bundle_reused);
    let warm = build(dir.path(), Some(cache.path()));
    same(bytes(&warm), bytes(&cold));
    assert_eq!((warm.cache.reused, warm.cache.extracted), (n, 0));
    // Nothing changed: the last bundle, without resolve and merge.
    assert!(warm.cache.bundle_reused);
    // A damaged last bundle is built again, the same.
    let last = cache.path().join("last.fpk");
    let mut damaged = std::fs::read(&last).unwrap();
    let at = damaged.len() / 2;
    damaged[at] ^= 0x55;
    std::fs::write(&last, &damaged).unwrap();
    let again = build(dir.path(), Some(cache.path()));
    assert!(!again.cache.bundle_reused);
    same(bytes(&again), bytes(&cold));
    assert!(build(dir.path(), Some(cache.path())).cache.bundle_reused);

    // One article gains a paragraph: it alone is extracted again, its old record goes.
    let one = dir.path().join("13-asx-record.txt");
    let mut text = std::fs::read_to_string(&one).unwrap();
    text.push_str("\nThe index rose 1.2% on Friday to 8,914 points.\n");
    std::fs::write(&one, text).unwrap();
    let changed = build(dir.path(), Some(cache.path()));
    same(bytes(&changed), bytes(&build(dir.path(), None)));
    assert_ne!(bytes(&changed), bytes(&cold));
    assert_eq!((changed.cache.reused, changed.cache.extracted), (n - 1, 1));
    assert!(!changed.cache.bundle_reused);
    assert_eq!(changed.cache.removed, 1);
    assert_eq!(records(cache.path()).len(), n);

    // An article removed: its record is removed, nothing is extracted.
    std::fs::remove_file(dir.path().join("04-arctic-survey.txt")).unwrap();
    let fewer = build(dir.path(), Some(cache.path()));
    same(bytes(&fewer), bytes(&build(dir.path(), None)));
    // (An article that asked about a word only the removed one wrote in
    // lower case is extracted again.)
    assert_eq!(fewer.cache.reused + fewer.cache.extracted, n - 1);
    assert!(fewer.cache.extracted <= 2, "{:?}", fewer.cache);
    assert_eq!(fewer.cache.removed, 1);
    assert_eq!(records(cache.path()).len(), n - 1);
}

/// A capitalized sentence opener is a name unless the corpus writes the word in
/// lower case: an article whose opener the corpus now writes so is extracted
/// again, though its text did not change.
#[test]
fn an_article_is_extracted_again_when_its_answers_change() {
    let dir = cobalt();
    let cache = tempfile::tempdir().unwrap();
    let first = build(dir.path(), Some(cache.path()));
    let (r, ..) = first_record(cache.path());
    assert!(
        r.head.asked.contains(&("congo".to_string(), false)),
        "{:?}",
        r.head.asked
    );
    // Another article writes "congo" in lower case.
    std::fs::write(
        dir.path().join("prices.txt"),
        "Sales of congo tetras rose 5% in March, pet shops said.\n",
    )
    .unwrap();
    let second = build(dir.path(), Some(cache.path()));
    assert_eq!((second.cache.reused, second.cache.extracted), (0, 2));
    same(bytes(&second), bytes(&build(dir.path(), None)));
    // An article that asks nothing the new one answers differently is reused.
    std::fs::write(
        dir.path().join("prices.txt"),
        "Sales of congo tetras rose 6% in March, pet shops said.\n",
    )
    .unwrap();
    let third = build(dir.path(), Some(cache.path()));
    assert_eq!((third.cache.reused, third.cache.extracted), (1, 1));
    same(bytes(&third), bytes(&build(dir.path(), None)));
    assert_ne!(bytes(&first), bytes(&third));
}

/// A wire dateline without a year takes the year of the pack's other
/// articles: when their years change, it is extracted again.
#[test]
fn a_dateline_is_dated_again_when_the_pack_changes() {
    let dir = tempfile::tempdir().unwrap();
    let dated = |year: u32| {
        format!("---\ntitle: \"A\"\ndate: {year}-03-01\n---\n\nPrices rose in March.\n")
    };
    std::fs::write(dir.path().join("a.md"), dated(2026)).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Grocer beats forecasts\n\nTORONTO, Sept 3 (Reuters) - The grocer reported a rise in profit on Thursday.\n\nSales rose in July from June.\n",
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    let first = build(dir.path(), Some(cache.path()));
    let published = |c: &Compiled| {
        c.bundle
            .articles
            .iter()
            .find(|a| a.id == "b")
            .unwrap()
            .published
            .clone()
    };
    assert_eq!(published(&first).as_deref(), Some("2026-09-03"));
    // 3 September 2020 was a Thursday too.
    std::fs::write(dir.path().join("a.md"), dated(2020)).unwrap();
    let second = build(dir.path(), Some(cache.path()));
    assert_eq!(published(&second).as_deref(), Some("2020-09-03"));
    assert_eq!(second.cache.extracted, 2);
    same(bytes(&second), bytes(&build(dir.path(), None)));
}

/// `extract` on shards, on separate caches, then `merge` of them all: the
/// build of the whole folder, though each shard saw only its own words.
#[test]
fn records_of_shards_merge_into_the_build() {
    let dir = articles();
    let whole = bytes(&build(dir.path(), None));
    let shards = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let caches = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for (k, p) in names.iter().enumerate() {
        std::fs::copy(p, shards[k % 2].path().join(p.file_name().unwrap())).unwrap();
    }
    for (s, c) in shards.iter().zip(&caches) {
        let x = extract_dir(s.path(), c.path(), &Options::default()).unwrap();
        assert!(x.bundle.facts.is_empty());
        assert_eq!(
            x.cache.extracted,
            std::fs::read_dir(s.path()).unwrap().count()
        );
    }
    let paths: Vec<PathBuf> = caches.iter().map(|c| c.path().to_path_buf()).collect();
    let merged = merge_records(&paths, &Options::default()).unwrap();
    same(bytes(&merged), whole.clone());
    // Some articles asked about words only the other shard writes in lower case.
    assert!(merged.cache.extracted > 0, "{:?}", merged.cache);
    assert_eq!(merged.cache.reused + merged.cache.extracted, names.len());

    // One folder's records merge into exactly its build; extracting again writes nothing.
    let cache = tempfile::tempdir().unwrap();
    extract_dir(dir.path(), cache.path(), &Options::default()).unwrap();
    let again = extract_dir(dir.path(), cache.path(), &Options::default()).unwrap();
    assert_eq!((again.cache.extracted, again.cache.removed), (0, 0));
    let one = merge_records(&[cache.path().to_path_buf()], &Options::default()).unwrap();
    same(bytes(&one), whole);
    assert_eq!(one.cache.extracted, 0);
}

/// A damaged record, or one from another build of factpack, is an error
/// naming its file; a cache folder never serves one to a build.
#[test]
fn unusable_records_are_named() {
    let dir = articles();
    let cache = tempfile::tempdir().unwrap();
    extract_dir(dir.path(), cache.path(), &Options::default()).unwrap();
    let files = records(cache.path());
    let caches = [cache.path().to_path_buf()];

    let mut damaged = std::fs::read(&files[0]).unwrap();
    damaged.truncate(40);
    std::fs::write(&files[0], &damaged).unwrap();
    let err = merge_records(&caches, &Options::default())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&files[0].display().to_string()), "{err}");
    assert!(err.contains("not a usable record"), "{err}");
    // A build does not trust it either: the article is extracted again.
    let rebuilt = build(dir.path(), Some(cache.path()));
    assert_eq!(rebuilt.cache.extracted, 1);
    same(bytes(&rebuilt), bytes(&build(dir.path(), None)));

    let mut other = std::fs::read(&files[1]).unwrap();
    other[record::MAGIC.len()] ^= 1;
    std::fs::write(&files[1], &other).unwrap();
    let err = merge_records(&caches, &Options::default())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&files[1].display().to_string()), "{err}");
    assert!(err.contains("another build of factpack"), "{err}");
}

/// Two shards with an article of one name: an error naming both, as for one folder.
#[test]
fn merged_articles_keep_unique_names() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(a.path().join("story.md"), "Prices rose 5% in March.\n").unwrap();
    std::fs::write(b.path().join("story.txt"), "Prices rose 7% in May.\n").unwrap();
    let (ca, cb) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    extract_dir(a.path(), ca.path(), &Options::default()).unwrap();
    extract_dir(b.path(), cb.path(), &Options::default()).unwrap();
    let err = merge_records(
        &[ca.path().to_path_buf(), cb.path().to_path_buf()],
        &Options::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("has the same name without its extension"),
        "{err}"
    );
    // A folder without records is an error naming it, not an empty bundle.
    let empty = tempfile::tempdir().unwrap();
    let err = merge_records(&[empty.path().to_path_buf()], &Options::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(&empty.path().display().to_string()),
        "{err}"
    );
    assert!(err.contains("holds no records"), "{err}");
}

/// Two folders sharing one folder of records (a build's `--cache`, or
/// `extract` of each into one CACHE): neither removes the other's records,
/// and their merge holds both folders' articles.
#[test]
fn folders_share_a_cache() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(
        a.path().join("port.md"),
        "The port handled 4.2 million containers in 2025.\n",
    )
    .unwrap();
    std::fs::write(
        b.path().join("mine.md"),
        "The mine produced 31,000 tonnes of copper in 2025.\n",
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    build(a.path(), Some(cache.path()));
    build(b.path(), Some(cache.path()));
    assert_eq!(records(cache.path()).len(), 2);
    let again = build(a.path(), Some(cache.path()));
    assert_eq!((again.cache.reused, again.cache.removed), (1, 0));
    assert_eq!(records(cache.path()).len(), 2);

    let shared = tempfile::tempdir().unwrap();
    extract_dir(a.path(), shared.path(), &Options::default()).unwrap();
    extract_dir(b.path(), shared.path(), &Options::default()).unwrap();
    let merged = merge_records(&[shared.path().to_path_buf()], &Options::default()).unwrap();
    let ids: Vec<&str> = merged
        .bundle
        .articles
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(ids, ["mine", "port"]);

    // A changed article: its own folder's extract replaces its record, the other's stay.
    std::fs::write(
        a.path().join("port.md"),
        "The port handled 4.3 million containers in 2025.\n",
    )
    .unwrap();
    let x = extract_dir(a.path(), shared.path(), &Options::default()).unwrap();
    assert_eq!((x.cache.extracted, x.cache.removed), (1, 1));
    assert_eq!(records(shared.path()).len(), 2);
    // The same article in two folders of records, in two versions: an error saying so.
    let old = tempfile::tempdir().unwrap();
    std::fs::write(
        b.path().join("port.md"),
        "The port handled 4.2 million containers in 2025.\n",
    )
    .unwrap();
    extract_dir(b.path(), old.path(), &Options::default()).unwrap();
    let err = merge_records(
        &[shared.path().to_path_buf(), old.path().to_path_buf()],
        &Options::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("two records of this article with different texts"),
        "{err}"
    );
}

/// A record's extraction stays in its file until it is used, and is used
/// only if it is still the bytes its head was written with: a record whose
/// file was cut short or changed since it was read gives no extraction (its
/// article is then extracted again), never a wrong one.
#[test]
fn a_record_reads_its_extraction_only_as_written() {
    let dir = cobalt();
    let cache = tempfile::tempdir().unwrap();
    build(dir.path(), Some(cache.path()));
    let (r, file, written) = first_record(cache.path());
    let file = &file;
    let facts = r.facts().expect("the extraction as written");
    assert!(!facts.quantities.is_empty(), "{facts:?}");
    // The extraction ends the file.
    let last = written.len() - 1;
    let mut changed = written.clone();
    changed[last] ^= 0x55;
    std::fs::write(file, &changed).unwrap();
    assert!(r.facts().is_none(), "a changed extraction was used");
    std::fs::write(file, &written[..last]).unwrap();
    assert!(r.facts().is_none(), "a cut extraction was used");
    std::fs::write(file, &written).unwrap();
    assert_eq!(format!("{:?}", r.facts()), format!("{:?}", Some(facts)));
    // A build finds the record current (its head and text are intact) but
    // its extraction damaged: the article is extracted again. (Without the
    // bundle the last build kept, which a build where every record is
    // current would take instead of reading any extraction.)
    std::fs::write(file, &changed).unwrap();
    std::fs::remove_file(cache.path().join("last.fpk")).unwrap();
    let again = build(dir.path(), Some(cache.path()));
    assert_eq!((again.cache.reused, again.cache.extracted), (0, 1));
    same(bytes(&again), bytes(&build(dir.path(), None)));
    assert_eq!(
        std::fs::read(file).unwrap(),
        written,
        "the record is written again"
    );
}
