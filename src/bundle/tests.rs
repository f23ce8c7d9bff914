use super::*;

fn sample() -> Bundle {
    Bundle {
        articles: vec![
            Article {
                id: "a".into(),
                file: "a.txt".into(),
                title: "Alpha".into(),
                publisher: Some("The Daily".into()),
                url: Some("https://example.com/a".into()),
                published: Some("2026-02-02".into()),
            },
            Article {
                id: "b".into(),
                file: "b.md".into(),
                title: "Beta".into(),
                ..Default::default()
            },
        ],
        entities: vec![Entity {
            id: "acme".into(),
            name: "Acme Corporation".into(),
            kind: EntityKind::Organization,
            aliases: vec!["Acme".into()],
            articles: vec![0, 1],
            usual: None,
        }],
        sentences: vec![
            "Acme said sales rose 12% in Jänuary.".into(),
            "“Good,” Acme said.".into(),
        ],
        facts: vec![
            Fact {
                id: 7,
                body: Body::Quantity {
                    value: 12.0,
                    upper: None,
                    unit: Some("%".into()),
                    qualifier: Qualifier::Exact,
                    measure: "sales rose".into(),
                    same_as: None,
                },
                sources: vec![Source {
                    article: 0,
                    sentence: 0,
                    span: [21, 24],
                }],
                entities: vec![0],
                flags: vec![],
                pinned: true,
                note: Some("From the annual report".into()),
                edited: vec![
                    Edit {
                        field: "value".into(),
                        before: Prior::Number(11.5),
                    },
                    Edit {
                        field: "unit".into(),
                        before: Prior::None,
                    },
                    Edit {
                        field: "measure".into(),
                        before: Prior::Text("sales".into()),
                    },
                ],
            },
            Fact {
                id: 9,
                body: Body::Quote {
                    speaker: Some(0),
                    quote: "Good".into(),
                },
                sources: vec![Source {
                    article: 1,
                    sentence: 1,
                    span: [0, 7],
                }],
                entities: vec![0],
                flags: vec![Flag {
                    code: "x".into(),
                    reason: "y".into(),
                }],
                pinned: false,
                note: None,
                edited: vec![],
            },
            Fact {
                id: 11,
                body: Body::Quantity {
                    value: 10.0,
                    upper: Some(14.0),
                    unit: Some("%".into()),
                    qualifier: Qualifier::Range,
                    measure: "sales rose".into(),
                    same_as: Some(0),
                },
                sources: vec![Source {
                    article: 1,
                    sentence: 0,
                    span: [0, 36],
                }],
                entities: vec![],
                flags: vec![],
                pinned: false,
                note: None,
                edited: vec![],
            },
        ],
        disagreements: vec![Disagreement {
            about: "sales".into(),
            facts: vec![0, 2],
        }],
        title: Some("Sales".into()),
        views: vec!["quotes".into(), "numbers".into()],
    }
}

/// Encode without the encoder's validation, to build invalid bundles.
fn encode_unchecked(b: &Bundle) -> Vec<u8> {
    let payload = postcard::to_allocvec(b).unwrap();
    frame(FORMAT, &payload)
}

fn frame(version: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&version.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&CRC.checksum(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

#[test]
fn round_trip() {
    let b = sample();
    let bytes = encode(&b).unwrap();
    assert_eq!(&bytes[..4], b"FPAK");
    assert_eq!(decode(&bytes).unwrap(), b);
}

#[test]
fn empty_bundle_round_trips() {
    let b = Bundle::default();
    assert_eq!(decode(&encode(&b).unwrap()).unwrap(), b);
}

#[test]
fn deterministic() {
    assert_eq!(
        encode(&sample()).unwrap(),
        encode(&sample().clone()).unwrap()
    );
}

#[test]
fn rejects_every_truncation() {
    let bytes = encode(&sample()).unwrap();
    for n in 0..bytes.len() {
        let err = decode(&bytes[..n]).unwrap_err();
        if n >= HEADER_LEN {
            assert!(matches!(err, DecodeError::BadLength { .. }), "{n}: {err:?}");
        } else if n >= 4 {
            assert_eq!(err, DecodeError::TooShort { len: n });
        }
    }
}

#[test]
fn rejects_trailing_bytes() {
    let mut bytes = encode(&sample()).unwrap();
    bytes.push(0);
    assert!(matches!(decode(&bytes), Err(DecodeError::BadLength { .. })));
}

#[test]
fn rejects_every_single_bit_flip() {
    let bytes = encode(&sample()).unwrap();
    for i in 0..bytes.len() {
        for bit in 0..8 {
            let mut c = bytes.clone();
            c[i] ^= 1 << bit;
            assert!(
                decode(&c).is_err(),
                "flip of bit {bit} in byte {i} went unnoticed"
            );
        }
    }
}

#[test]
fn rejects_wrong_magic_and_html() {
    let mut bytes = encode(&sample()).unwrap();
    bytes[0] = b'G';
    assert_eq!(decode(&bytes), Err(DecodeError::BadMagic));
    assert_eq!(
        decode(b"<!DOCTYPE html><html>404</html>"),
        Err(DecodeError::BadMagic)
    );
    assert_eq!(decode(b"<h"), Err(DecodeError::BadMagic));
}

#[test]
fn rejects_other_versions() {
    let payload = postcard::to_allocvec(&sample()).unwrap();
    for v in [0, FORMAT + 1, u16::MAX] {
        assert_eq!(
            decode(&frame(v, &payload)),
            Err(DecodeError::UnsupportedVersion { found: v })
        );
    }
}

#[test]
fn rejects_malformed_payload_with_valid_checksum() {
    assert_eq!(
        decode(&frame(FORMAT, &[0xff; 40])),
        Err(DecodeError::Malformed)
    );
    // A well-formed bundle followed by garbage inside the checksummed payload.
    let mut payload = postcard::to_allocvec(&sample()).unwrap();
    payload.push(1);
    assert_eq!(
        decode(&frame(FORMAT, &payload)),
        Err(DecodeError::Malformed)
    );
}

#[test]
fn rejects_dangling_references() {
    let cases: Vec<(&str, Box<dyn Fn(&mut Bundle)>)> = vec![
        (
            "source article",
            Box::new(|b| b.facts[0].sources[0].article = 2),
        ),
        (
            "source sentence",
            Box::new(|b| b.facts[0].sources[0].sentence = 5),
        ),
        (
            "source span",
            Box::new(|b| b.facts[0].sources[0].span = [3, 2]),
        ),
        (
            "source span",
            Box::new(|b| b.facts[0].sources[0].span = [0, 37]),
        ),
        ("fact entity", Box::new(|b| b.facts[0].entities = vec![1])),
        (
            "entity article",
            Box::new(|b| b.entities[0].articles.push(9)),
        ),
        (
            "fact without source",
            Box::new(|b| b.facts[1].sources.clear()),
        ),
        (
            "disagreement fact",
            Box::new(|b| b.disagreements[0].facts = vec![0, 3]),
        ),
        (
            "disagreement fact",
            Box::new(|b| b.disagreements[0].facts = vec![0]),
        ),
        ("duplicate fact id", Box::new(|b| b.facts[1].id = 7)),
        ("view name", Box::new(|b| b.views = vec!["charts".into()])),
        (
            "view name",
            Box::new(|b| b.views = vec!["quotes".into(), "quotes".into()]),
        ),
        (
            "edited value",
            Box::new(|b| {
                b.facts[0].edited = vec![Edit {
                    field: "value".into(),
                    before: Prior::Number(f64::NAN),
                }]
            }),
        ),
        (
            "quote speaker",
            Box::new(|b| {
                b.facts[1].body = Body::Quote {
                    speaker: Some(1),
                    quote: "q".into(),
                }
            }),
        ),
        (
            "linked quantity",
            Box::new(|b| {
                if let Body::Quantity { same_as, .. } = &mut b.facts[2].body {
                    *same_as = Some(3)
                }
            }),
        ),
        (
            "quantity value",
            Box::new(|b| {
                if let Body::Quantity { value, .. } = &mut b.facts[0].body {
                    *value = f64::NAN
                }
            }),
        ),
    ];
    for (what, break_it) in cases {
        let mut b = sample();
        break_it(&mut b);
        assert_eq!(
            decode(&encode_unchecked(&b)),
            Err(DecodeError::OutOfBounds(what)),
            "{what}"
        );
        assert!(encode(&b).is_err(), "encoder must refuse: {what}");
    }
}

#[test]
fn span_counts_characters_not_bytes() {
    // "Jänuary" has a two-byte character: a span to the end in chars is valid.
    let mut b = sample();
    b.facts[0].sources[0].span = [0, 36];
    assert!(decode(&encode(&b).unwrap()).is_ok());
}

#[test]
fn random_bytes_never_panic() {
    // A tiny xorshift generator: deterministic pseudo-random inputs, both raw
    // and behind a valid header so that the payload parser is exercised.
    let mut x: u64 = 0x9e3779b97f4a7c15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for _ in 0..20_000 {
        let len = (next() % 200) as usize;
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = decode(&data);
        let _ = decode(&frame(FORMAT, &data));
    }
}

#[test]
fn fact_id_is_sixteen_hex_digits() {
    for (id, hex) in [
        (0, "0000000000000000"),
        (0xdead_beef, "00000000deadbeef"),
        (u64::MAX, "ffffffffffffffff"),
        (0x0123_4567_89ab_cdef, "0123456789abcdef"),
    ] {
        assert_eq!(fact_id_str(id), hex);
        assert_eq!(parse_fact_id(hex), Some(id));
        assert_eq!(parse_fact_id(&hex.to_uppercase()), Some(id));
    }
    for bad in [
        "",
        "deadbeef",
        "0123456789abcdefa",
        "0123456789abcdeg",
        "+123456789abcdef",
    ] {
        assert_eq!(parse_fact_id(bad), None, "{bad}");
    }
}
