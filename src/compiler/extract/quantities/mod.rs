//! Quantities: numbers in digits or words with their normalized value,
//! canonical unit, qualifier, range, rate, and a short `measure` phrase taken
//! from the sentence.
//!
//! - [`number`]: numbers, magnitudes, currency signs before them;
//! - [`unit`]: units, currency words and rates after them;
//! - [`measure`]: what the quantity measures;
//! - [`find`]: the rules that put these together over a sentence.

use super::dates::DateMatch;
use super::words::{has_noun, np_after, np_before, subject_before, vp_before, vp_before_span};
use crate::bundle::Qualifier;
use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token, num_value};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuantityMatch {
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    /// Character span of the quantity (qualifier to unit) in the sentence.
    pub span: [u32; 2],
    /// Token range of the quantity, end exclusive.
    pub first: usize,
    pub end: usize,
    pub measure: String,
    /// Index (in the returned list) of a quantity stating the same amount.
    pub same_as: Option<usize>,
    /// A currency the sentence does not name: a bare `$`, "dollars",
    /// "cents", "pesos", "rupees", or "pounds" that may be money or weight.
    /// The article's home country decides (`extract::context`).
    pub bare: Option<Bare>,
}

/// What a bare currency word or sign leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Bare {
    /// `$`, "dollars", "cents": the home country's dollar (or peso), else USD.
    Dollar,
    /// "pesos": the home country's peso, else MXN.
    Peso,
    /// "rupees": the home country's rupee, else INR.
    Rupee,
    /// "pounds": money (`Some(true)`) or weight (`Some(false)`) by the
    /// sentence's words; `None` leaves it to the home country.
    Pound(Option<bool>),
    /// "temperatures near 95 degrees": Fahrenheit where the home country
    /// uses it, else Celsius; without a home, Fahrenheit above 45 (`true`).
    Degree(bool),
    /// "crowns", "kronor", "kroner", "kronur", "koruna": the home country's
    /// crown (SEK, DKK, NOK, ISK, CZK), else the one the word names.
    Crown,
    /// "shillings", "Sh2.4 billion": the home country's shilling (KES, UGX,
    /// TZS, SOS), else KES.
    Shilling,
    /// "kwacha": Zambia's or Malawi's, else MWK.
    Kwacha,
    /// "francs": the home country's franc (CHF, the CFA francs, RWF, …), else CHF.
    Franc,
    /// "riyals", "rials": the home country's (SAR, QAR, OMR, YER, IRR), else SAR.
    Riyal,
    /// "dirhams": the home country's (AED, MAD), else AED.
    Dirham,
}

impl QuantityMatch {
    /// A quantity over tokens `first..end`, its measure still to be found.
    fn new(
        t: &[Token],
        value: f64,
        upper: Option<f64>,
        unit: Option<String>,
        qualifier: Qualifier,
        first: usize,
        end: usize,
    ) -> Self {
        QuantityMatch {
            value,
            upper,
            unit,
            qualifier,
            span: [t[first].cstart, t[end - 1].cend],
            first,
            end,
            measure: String::new(),
            same_as: None,
            bare: None,
        }
    }
}

mod find;
mod measure;
mod number;
mod unit;

pub use find::find;
use measure::*;
pub(crate) use number::LETTER_CURRENCIES;
use number::*;
use unit::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::dates;
    use crate::compiler::tokens::tokenize;

    fn q(s: &str) -> Vec<(f64, Option<f64>, Option<String>, Qualifier, String)> {
        let t = tokenize(s);
        let d = dates::find(&t);
        find(&t, &d)
            .into_iter()
            .map(|q| (q.value, q.upper, q.unit, q.qualifier, q.measure))
            .collect()
    }

    fn one(s: &str) -> (f64, Option<f64>, Option<String>, Qualifier, String) {
        let v = q(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap()
    }

    use Qualifier::*;

    #[test]
    fn money_with_magnitudes_and_markers() {
        assert_eq!(
            one("Tosoh announced a ¥10 billion investment to upgrade lines."),
            (1e10, None, Some("JPY".into()), Exact, "investment".into())
        );
        assert_eq!(
            one("The fund raised A$500 million."),
            (5e8, None, Some("AUD".into()), Exact, "fund".into())
        );
        assert_eq!(
            one("It paid US$258 million for the mine.").2,
            Some("USD".into())
        );
        assert_eq!(
            one("Prices hit $110 per kilogram.").2,
            Some("USD/kg".into())
        );
        assert_eq!(one("The deal is worth €2.5bn.").0, 2.5e9);
        // The dollar sign before the country's letters, as Australian papers write it.
        let v = one("The merger values the group at $US24bn.");
        assert_eq!((v.0, v.2), (2.4e10, Some("USD".into())));
        let v = one("It paid $A3.5 million for the farm.");
        assert_eq!((v.0, v.2), (3.5e6, Some("AUD".into())));
        assert_eq!(
            one("The levy raised 40 million Danish kroner.").2,
            Some("DKK".into())
        );
        assert_eq!(
            one("The levy raised 40 million Swedish kronor.").2,
            Some("SEK".into())
        );
    }

    #[test]
    fn scores_and_numbered_names_are_not_quantities() {
        assert!(q("Porto beat Braga 3-1 on Sunday.").is_empty());
        assert!(q("It was a 2–0 win for the visitors.").is_empty());
        assert!(q("The plane was a Boeing 737 and the club plays in Serie A.").is_empty());
        assert!(q("The firm filed for Chapter 11 protection.").is_empty());
        // But a range or an amount after a name still counts.
        assert_eq!(one("Prices rose 5-7 percent.").1, Some(7.0));
        assert_eq!(one("Sales at Acme 40 percent higher.").0, 40.0);
        assert_eq!(one("Shares of Acme rose 3% on Monday.").0, 3.0);
    }

    #[test]
    fn relative_clauses_name_their_noun() {
        assert_eq!(
            one("She said inflation, which reached 3.8% in March, was too high.").4,
            "inflation"
        );
        assert_eq!(
            one("Output that rose to 12 percent surprised them.").4,
            "Output"
        );
    }

    #[test]
    fn millions_glued_before_a_plural() {
        assert_eq!(one("It will power about 1.2m homes.").0, 1.2e6);
        assert_eq!(one("The store sold 1.4m mince pies.").0, 1.4e6);
        assert_eq!(one("The wall is 5m high walls.").2, Some("m".into()));
        assert_eq!(one("A 5m wall was built.").2, Some("m".into()));
        assert_eq!(one("The wall is 5m tall.").2, Some("m".into()));
    }

    #[test]
    fn temperatures() {
        assert_eq!(
            one("Temperatures hit 41.2C on Friday.").2,
            Some("°C".into())
        );
        assert_eq!(one("It reached 104F in the shade.").2, Some("°F".into()));
        assert_eq!(one("It was 12 degrees Celsius.").2, Some("°C".into()));
    }

    #[test]
    fn lengths_going_down_are_depths() {
        assert_eq!(
            one("The ore lies 3 km beneath the seabed.").4,
            "depth beneath seabed"
        );
        assert_eq!(one("The shaft goes 900 meters down.").4, "depth");
        assert_eq!(
            one("The road runs 3 km past the farm.").4.contains("depth"),
            false
        );
    }

    #[test]
    fn fractions_are_shares() {
        assert_eq!(
            one("Roughly a third of homes lost power."),
            (33.3, None, Some("%".into()), Approx, "homes".into())
        );
        assert_eq!(one("Half of the voters stayed home.").0, 50.0);
        assert_eq!(one("Two-thirds of members agreed.").0, 66.7);
        assert!(q("Sales rose in the first half of the year.").is_empty());
        assert!(q("It took a quarter of an hour.").is_empty());
        // A multiplier takes its qualifier too.
        assert_eq!(one("Profit more than doubled.").3, Over);
    }

    #[test]
    fn ages_between_commas() {
        let v = one("Striker Ana Lopes, 29, signed a new deal.");
        assert_eq!(
            (v.0, v.2.as_deref(), v.4.as_str()),
            (29.0, Some("yr"), "age of Lopes")
        );
        assert_eq!(
            one("\"It fell,\" said resident Luis Pardo, 67.").4,
            "age of Pardo"
        );
        assert_eq!(
            one("The 40-year-old bridge carried cars.").4,
            "age of bridge"
        );
        assert_eq!(
            one("Councillor Rashid al-Hassan, 58, of Walsall, was sentenced.")
                .2
                .as_deref(),
            Some("yr")
        );
        // Said of a person: "when she was 19", "left school at 15"; not "it was 19".
        assert_eq!(
            one("He took her on tour when she was 19 and unknown.")
                .2
                .as_deref(),
            Some("yr")
        );
        assert_eq!(one("He left school at 15.").2.as_deref(), Some("yr"));
        assert_eq!(
            one("'I never owned one until I was 30.'").2.as_deref(),
            Some("yr")
        );
        assert_eq!(one("The score was 19.").2, None);
        assert_eq!(
            one("The median age of the patients was 64.").2.as_deref(),
            Some("yr")
        );
        assert_eq!(
            one("She retired at the age of 70.").2.as_deref(),
            Some("yr")
        );
        // Not a list of numbers.
        assert!(
            q("in rounds 3, 4, and 5 of the draw")
                .iter()
                .all(|x| x.2.as_deref() != Some("yr"))
        );
    }

    #[test]
    fn units_joined_to_a_dimension() {
        assert_eq!(
            one("Divers found a 45-metre-long wreck.").2,
            Some("m".into())
        );
        assert_eq!(
            one("They crossed the 3-kilometre-wide bay.").2,
            Some("km".into())
        );
        assert_eq!(
            one("The epicentre was 35 km south-west of the city.").2,
            Some("km".into())
        );
        assert_eq!(one("The tent is 5 m long.").2, Some("m".into()));
        assert_eq!(one("Group 5 m plans.").2, None);
    }

    #[test]
    fn labeled_figures() {
        assert_eq!(one("Daily riders: 6.5 lakh").4, "Daily riders");
        assert_eq!(one("Trains on order: 120").4, "Trains on order");
    }

    #[test]
    fn rupees_in_crore_and_lakh() {
        assert_eq!(
            one("The state approved Rs 12,000 crore for the metro."),
            (1.2e11, None, Some("INR".into()), Exact, "metro".into())
        );
        assert_eq!(one("Daily riders rose to 6.5 lakh.").0, 650_000.0);
        assert_eq!(one("It cost ₹1,450 crore.").2, Some("INR".into()));
    }

    #[test]
    fn linked_equivalents() {
        let t = tokenize("The budget was 45.9 billion yen ($423 million) this year.");
        let d = dates::find(&t);
        let v = find(&t, &d);
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].value, v[0].unit.as_deref()), (45.9e9, Some("JPY")));
        assert_eq!((v[1].value, v[1].unit.as_deref()), (423e6, Some("USD")));
        assert_eq!((v[0].same_as, v[1].same_as), (Some(1), Some(0)));
        let v = q("It hit land with winds of 215 kilometres (130 miles) per hour.");
        assert_eq!(
            (v[0].2.as_deref(), v[1].2.as_deref()),
            (Some("km/h"), Some("mph"))
        );
        let v = q("It lies about 1,950 kilometers (1,210 miles) southeast of Tokyo.");
        assert_eq!(
            v[0],
            (
                1950.0,
                None,
                Some("km".into()),
                Approx,
                "southeast of Tokyo".into()
            )
        );
        assert_eq!(v[1].0, 1210.0);
        assert_eq!(v[1].2.as_deref(), Some("mi"));
    }

    #[test]
    fn lengths_ranges_qualifiers() {
        assert_eq!(
            one("mud at a depth of 5,569 meters off the coast"),
            (5569.0, None, Some("m".into()), Exact, "depth".into())
        );
        assert_eq!(
            one("from depths of 5,000-6,000 meters in January"),
            (
                5000.0,
                Some(6000.0),
                Some("m".into()),
                Range,
                "depths".into()
            )
        );
        assert_eq!(one("from depths of approximately 6,000 meters.").3, Approx);
        assert_eq!(one("a seabed measuring 429,000 km².").2, Some("km2".into()));
        assert_eq!(one("The island itself is only 151 hectares.").4, "island");
    }

    #[test]
    fn percentages_and_shares() {
        assert_eq!(
            one("China controls more than 80 percent of the global market."),
            (80.0, None, Some("%".into()), Over, "global market".into())
        );
        assert_eq!(
            one("China controls approximately 70% of global rare-earth production."),
            (
                70.0,
                None,
                Some("%".into()),
                Approx,
                "global rare-earth production".into()
            )
        );
        assert_eq!(one("increasing output by 40%").4, "increasing output");
        assert_eq!(
            one("aiming to reduce extraction process emissions by 30% compared to methods").4,
            "reduce extraction process emissions"
        );
        assert_eq!(
            one("recovery rates exceeding 90% for some").4,
            "recovery rates"
        );
        assert_eq!(
            one("meet up to 25% of Japan’s domestic requirements").3,
            Under
        );
    }

    #[test]
    fn counts_words_and_multipliers() {
        assert_eq!(
            one("The restrictions had a total of 12 rare earths, including holmium."),
            (12.0, None, None, Exact, "rare earths".into())
        );
        assert_eq!(
            one("China restricted seven rare earths."),
            (7.0, None, None, Exact, "rare earths".into())
        );
        assert_eq!(one("They found a dozen wrecks.").0, 12.0);
        assert_eq!(
            one("Tosoh plans to double its separation capacity."),
            (
                2.0,
                None,
                Some("x".into()),
                Exact,
                "separation capacity".into()
            )
        );
        assert_eq!(one("Costs were three to five times higher.").0, 3.0);
        assert_eq!(one("Costs were three to five times higher.").1, Some(5.0));
        assert_eq!(one("twenty-five ships sailed").0, 25.0);
    }

    #[test]
    fn units_of_speed_size_time_and_money() {
        let cases: &[(&str, f64, Option<&str>)] = &[
            ("Gusts reached 180kmh.", 180.0, Some("km/h")),
            ("It travels at 250 km/h.", 250.0, Some("km/h")),
            ("The limit is 70 mph.", 70.0, Some("mph")),
            ("It has a 6.1-inch screen.", 6.1, Some("in")),
            ("A 15.5-centimetre fossil.", 15.5, Some("cm")),
            ("It took 2 hours 15 minutes.", 2.25, Some("h")),
            ("He served three years and six months.", 3.5, Some("yr")),
            ("It took 90 minutes.", 90.0, Some("min")),
            ("He was jailed for two and a half years.", 2.5, Some("yr")),
            ("The outage lasted an hour and a half.", 1.5, Some("h")),
            ("He spent half an hour in the water.", 0.5, Some("h")),
            ("It lasted 3 and a half days.", 3.5, Some("d")),
            ("The race took 3h 12m.", 3.2, Some("h")),
            ("The ceasefire has held for a week.", 1.0, Some("wk")),
            (
                "It will open a 120,000-square-metre plant.",
                120_000.0,
                Some("m2"),
            ),
            ("The strike lasted a month.", 1.0, Some("mo")),
            (
                "He is expected to be out at least two more weeks.",
                2.0,
                Some("wk"),
            ),
            (
                "It takes about 2 hours 30 minutes per vehicle.",
                2.5,
                Some("h"),
            ),
            ("A million households lost power.", 1e6, None),
            ("The three-times winner lost.", 3.0, None),
            ("Rates rose 25 basis points.", 25.0, Some("bp")),
            ("Yields rose 40bp.", 40.0, Some("bp")),
            ("Shares rose 85p.", 0.85, Some("GBP")),
            ("Profit was 45 cents.", 0.45, Some("USD")),
            ("Profit was 45 cents a share.", 0.45, Some("USD/share")),
            ("It cost 20 euro cents.", 0.2, Some("EUR")),
            ("Sales were £12bn.", 12e9, Some("GBP")),
            (
                "Rents averaged €15.90 per square metre.",
                15.9,
                Some("EUR/m2"),
            ),
            (
                "The price rose to 96 euros per megawatt hour.",
                96.0,
                Some("EUR/MWh"),
            ),
            (
                "Power cost 1.5 kronor a kilowatt hour.",
                1.5,
                Some("SEK/kWh"),
            ),
            ("He scored from 22 yards.", 22.0, Some("yd")),
            ("The 400-kilovolt line tripped.", 400.0, Some("kV")),
            (
                "The region made 1.58 million hectolitres of wine.",
                1.58e6,
                Some("hl"),
            ),
            (
                "Yields of up to 55 hectolitres per hectare are allowed.",
                55.0,
                Some("hl/ha"),
            ),
            (
                "Levels reached 2,600 micrograms per cubic metre.",
                2600.0,
                Some("µg/m3"),
            ),
            ("A tailwind of 1.2 meters per second.", 1.2, Some("m/s")),
            (
                "He earns 1,180 euros a month before allowances.",
                1180.0,
                Some("EUR/mo"),
            ),
            ("Heatwaves came five times as often.", 5.0, Some("x")),
            ("It cost three times the price.", 3.0, Some("x")),
            (
                "It was streamed more than 520 million times on Spotify.",
                520e6,
                None,
            ),
            ("He played 20 times as a substitute.", 20.0, None),
        ];
        for (s, v, unit) in cases {
            let got = one(s);
            assert!(
                (got.0 - v).abs() < 1e-9 && got.2.as_deref() == *unit,
                "{s}: {got:?}"
            );
        }
        // A change and the level it led to, not a range sharing "million".
        let got = q("The number of jobless rose by 236,000 to 7.9 million.");
        assert_eq!((got[0].0, got[0].1), (236_000.0, None), "{got:?}");
        // "in" is a unit only glued to its number.
        assert!(
            q("It fell 6 in the morning.")
                .iter()
                .all(|x| x.2.as_deref() != Some("in"))
        );
    }

    #[test]
    fn bare_currencies_are_marked_for_the_context() {
        let t = tokenize(
            "It raised $5 million and 220 pounds of cocaine, 3 billion pesos and profit of 2 million pounds.",
        );
        let d = dates::find(&t);
        let bare: Vec<Option<Bare>> = find(&t, &d).into_iter().map(|q| q.bare).collect();
        assert_eq!(
            bare,
            [
                Some(Bare::Dollar),
                Some(Bare::Pound(Some(false))),
                Some(Bare::Peso),
                Some(Bare::Pound(Some(true)))
            ]
        );
        // The verb right before the amount decides when the sentence holds both kinds of words.
        let t = tokenize("Cocaine worth 2 million pounds was found in 40 pounds of bananas.");
        let bare: Vec<Option<Bare>> = find(&t, &dates::find(&t))
            .into_iter()
            .map(|q| q.bare)
            .collect();
        assert_eq!(
            bare,
            [
                Some(Bare::Pound(Some(true))),
                Some(Bare::Pound(Some(false)))
            ]
        );
        // Crowns: the home country's, unless a country's adjective names them.
        let t = tokenize(
            "Savings of 9 billion crowns, 12 billion Swedish kronor and 3 billion kronur.",
        );
        let q = find(&t, &dates::find(&t));
        let got: Vec<(Option<&str>, Option<Bare>)> =
            q.iter().map(|q| (q.unit.as_deref(), q.bare)).collect();
        assert_eq!(
            got,
            [
                (Some("SEK"), Some(Bare::Crown)),
                (Some("SEK"), None),
                (Some("ISK"), Some(Bare::Crown))
            ]
        );
        let t = tokenize("It raised US$5 million and A$3 million.");
        assert!(find(&t, &dates::find(&t)).iter().all(|q| q.bare.is_none()));
    }

    /// One table for the measure rules: the sentence, the amount's value, the
    /// rule that must give the measure, and the measure.
    #[test]
    fn measure_rules() {
        let cases: &[(&str, f64, &str, &str)] = &[
            (
                "Qantas reported a 9 per cent drop in half-year underlying profit to $1.1 billion.",
                9.0,
                "change_in",
                "half-year underlying profit",
            ),
            (
                "Qantas reported a 9 per cent drop in half-year underlying profit to $1.1 billion.",
                1.1e9,
                "noun_to",
                "profit",
            ),
            (
                "The port plan adds a 2.5-kilometre quay.",
                2.5,
                "hyphen_noun",
                "quay",
            ),
            (
                "Nitrogen fertiliser prices have doubled since 2022.",
                2.0,
                "multiplied",
                "Nitrogen fertiliser prices",
            ),
            (
                "It will issue $150 billion of bonds.",
                1.5e11,
                "of_after",
                "bonds",
            ),
            (
                "It promised returns of 18% a year.",
                18.0,
                "noun_of",
                "returns",
            ),
            (
                "The risk fell by a further 4 percentage points.",
                4.0,
                "by",
                "risk fell",
            ),
            (
                "Each faces up to 20 years in prison.",
                20.0,
                "duration_in",
                "prison",
            ),
            (
                "Adults who walked for at least 90 minutes were healthier.",
                90.0,
                "duration_of_verb",
                "walked",
            ),
            (
                "They were 28% less likely to develop dementia.",
                28.0,
                "likely",
                "dementia",
            ),
            (
                "It will cut the journey from Woodlands to the airport to 55 minutes.",
                55.0,
                "object_changed_to",
                "journey",
            ),
            (
                "The line cost $25 billion to build.",
                2.5e10,
                "subject_of_verb_before",
                "line",
            ),
            (
                "The chain would invest a further £450m in lower prices.",
                4.5e8,
                "money_for",
                "lower prices",
            ),
            (
                "\"He took my entire retirement savings, nearly $300,000,\" she said.",
                3e5,
                "apposition",
                "entire retirement savings",
            ),
            (
                "Insurers estimate claims could exceed $1.5 billion.",
                1.5e9,
                "subject_of_be",
                "claims",
            ),
            ("The shares closed up 85p.", 0.85, "subject_of_be", "shares"),
        ];
        for (sentence, value, rule, want) in cases {
            let t = tokenize(sentence);
            let d = dates::find(&t);
            let qs = find(&t, &d);
            let q = qs
                .iter()
                .find(|q| (q.value - value).abs() < 1e-9)
                .unwrap_or_else(|| panic!("{value} in {sentence}: {qs:?}"));
            assert!(MEASURE_RULES.iter().any(|r| r.0 == *rule), "no rule {rule}");
            let by = measure_by(&t, q).map(|x| x.0);
            assert_eq!(by, Some(*rule), "{sentence}");
            assert!(
                q.measure.contains(want),
                "{rule}: {sentence}: measure {:?}, want {want:?}",
                q.measure
            );
        }
    }

    /// One table for the rules of money in context, ranges and bounds,
    /// units and counts: the sentence and every quantity it holds (value,
    /// upper bound, unit, qualifier).
    #[test]
    fn quantity_rules() {
        type Q<'a> = (f64, Option<f64>, Option<&'a str>, Qualifier);
        let cases: &[(&str, &[Q])] = &[
            // Currency letters glued to the amount, or spaced when two letters or more.
            (
                "Revenue jumped 42% to R20.1 billion.",
                &[
                    (42.0, None, Some("%"), Exact),
                    (20.1e9, None, Some("ZAR"), Exact),
                ],
            ),
            (
                "Costs rose to R1.18 million per kilogram.",
                &[(1.18e6, None, Some("ZAR/kg"), Exact)],
            ),
            (
                "Workers get an extra R1,000 a month.",
                &[(1000.0, None, Some("ZAR/mo"), Exact)],
            ),
            (
                "Shares rose to R312.50 by noon.",
                &[(312.5, None, Some("ZAR"), Exact)],
            ),
            (
                "Comelec spent P12.8 billion on the polls.",
                &[(12.8e9, None, Some("PHP"), Exact)],
            ),
            (
                "He wants rice capped at P45 a kilo.",
                &[(45.0, None, Some("PHP/kg"), Exact)],
            ),
            (
                "Rice fell to P43 a kilo from P52 a year ago.",
                &[
                    (43.0, None, Some("PHP/kg"), Exact),
                    (52.0, None, Some("PHP/kg"), Exact),
                ],
            ),
            (
                "Tea fell to US$2.05 a kilogram, down from US$2.31 a month ago.",
                &[
                    (2.05, None, Some("USD/kg"), Exact),
                    (2.31, None, Some("USD/kg"), Exact),
                ],
            ),
            (
                "It will arrive in Malaysia at RM189,800.",
                &[(189_800.0, None, Some("MYR"), Exact)],
            ),
            (
                "Indonesia will spend Rp 24 trillion on ships.",
                &[(24e12, None, Some("IDR"), Exact)],
            ),
            (
                "The levy raised KSh1.2 billion.",
                &[(1.2e9, None, Some("KES"), Exact)],
            ),
            (
                "The levy raised Sh2.4 billion, or Shs9,000 a trader.",
                &[
                    (2.4e9, None, Some("KES"), Exact),
                    (9000.0, None, Some("KES"), Exact),
                ],
            ),
            ("He finished P3 and wore an N95 mask in R2.", &[]),
            ("He was P3 in qualifying and P2 in the race.", &[]),
            // Magnitudes joined by a hyphen; pence a share; cents of a named dollar.
            (
                "Ottawa's $10-billion support package",
                &[(1e10, None, Some("USD"), Exact)],
            ),
            (
                "a rival 390p-a-share proposal",
                &[(3.9, None, Some("GBP/share"), Exact)],
            ),
            (
                "a dividend of 6.5p a share before the deal completes",
                &[(0.065, None, Some("GBP/share"), Exact)],
            ),
            (
                "It paid $1.50-a-share in cash.",
                &[(1.5, None, Some("USD/share"), Exact)],
            ),
            (
                "The loonie fell to 71.85 cents US.",
                &[(0.7185, None, Some("USD"), Exact)],
            ),
            (
                "The Aussie fell to 66.40 US cents.",
                &[(0.664, None, Some("USD"), Exact)],
            ),
            // Rates: per person carries the currency alone; money of a noun a day.
            (
                "Smugglers charge between €3,000 and €5,000 a person.",
                &[(3000.0, Some(5000.0), Some("EUR"), Range)],
            ),
            (
                "It handled about $2.5 billion of trades a day.",
                &[(2.5e9, None, Some("USD/d"), Approx)],
            ),
            (
                "Cocaine sells for up to A$300 a gram.",
                &[(300.0, None, Some("AUD/g"), Under)],
            ),
            // Ranges, bounds and shares.
            (
                "adults aged 25 to 34",
                &[(25.0, Some(34.0), Some("yr"), Range)],
            ),
            (
                "Three men aged between 28 and 61 were held.",
                &[
                    (3.0, None, None, Exact),
                    (28.0, Some(61.0), Some("yr"), Range),
                ],
            ),
            (
                "The number of people under 21 arrested rose.",
                &[(21.0, None, Some("yr"), Under)],
            ),
            (
                "It was less than half the number a decade ago.",
                &[(50.0, None, Some("%"), Under)],
            ),
            (
                "One in five adults lives at home.",
                &[(20.0, None, Some("%"), Exact)],
            ),
            (
                "Two out of three voters agreed.",
                &[(66.7, None, Some("%"), Exact)],
            ),
            (
                "It happens once in ten years.",
                &[(10.0, None, Some("yr"), Exact)],
            ),
            (
                "Dividends are expected to more than double.",
                &[(2.0, None, Some("x"), Over)],
            ),
            (
                "It took in almost triple the number.",
                &[(3.0, None, Some("x"), Approx)],
            ),
            (
                "It opened to roughly triple its budget.",
                &[(3.0, None, Some("x"), Approx)],
            ),
            (
                "the biggest debut in more than a decade",
                &[(10.0, None, Some("yr"), Over)],
            ),
            (
                "after less than a day of deliberations",
                &[(1.0, None, Some("d"), Under)],
            ),
            ("Prices rose over a year.", &[]),
            (
                "The drought lasted two decades.",
                &[(20.0, None, Some("yr"), Exact)],
            ),
            // Race times, temperatures, ages in months, counts in compound words.
            (
                "Sawe won in 2:03:12 on Sunday.",
                &[(2.0 + 3.0 / 60.0 + 12.0 / 3600.0, None, Some("h"), Exact)],
            ),
            (
                "She ran 2hr 15min 2sec.",
                &[(2.0 + 15.0 / 60.0 + 2.0 / 3600.0, None, Some("h"), Exact)],
            ),
            (
                "I wanted to run under 2:15.",
                &[(2.25, None, Some("h"), Under)],
            ),
            ("The meeting starts at 10:30.", &[]),
            // Currency words that are also verbs, with separators; currencies by their word; light-years, data.
            (
                "Samsung fell 7.4 percent to 88,400 won, down 21.6 won.",
                &[
                    (7.4, None, Some("%"), Exact),
                    (88_400.0, None, Some("KRW"), Exact),
                    (21.6, None, Some("KRW"), Exact),
                ],
            ),
            (
                "The won closed at 1,482.3 per dollar.",
                &[(1482.3, None, Some("KRW/USD"), Exact)],
            ),
            (
                "The yen weakened to 151.2 against the dollar.",
                &[(151.2, None, Some("JPY/USD"), Exact)],
            ),
            (
                "Of the 20 candidates, 12 won seats.",
                &[(20.0, None, None, Exact), (12.0, None, None, Exact)],
            ),
            (
                "It will spend 2.3 million soles on a roof.",
                &[(2.3e6, None, Some("PEN"), Exact)],
            ),
            (
                "a filament stretching about 60 million light-years",
                &[(6e7, None, Some("ly"), Approx)],
            ),
            // Degrees of temperature without their scale (settled by the home country), not of angles.
            (
                "Overnight temperatures dropped to 29 degrees.",
                &[(29.0, None, Some("°C"), Exact)],
            ),
            (
                "The ship turned 180 degrees.",
                &[(180.0, None, None, Exact)],
            ),
            (
                "It stole about 700 gigabytes of data.",
                &[(700.0, None, Some("GB"), Approx)],
            ),
            (
                "It was first reported at about 2:15 p.m. near the lake.",
                &[],
            ),
            (
                "They climbed the wall at around 3:40 a.m., about 2 miles west.",
                &[(2.0, None, Some("mi"), Approx)],
            ),
            // Scores: far from their verb when nothing follows, and over 99 in basketball.
            (
                "Denver rallied to beat the Los Angeles Lakers 121-114 on Wednesday night.",
                &[],
            ),
            ("Denver trailed 68-49 before a 17-2 run.", &[]),
            (
                "The Lakers won the first meeting between the teams 127-110 in Los Angeles.",
                &[],
            ),
            ("The Nuggets outscored the Lakers 40-21 in the period.", &[]),
            (
                "Forecasts of minus 13 Celsius lifted futures.",
                &[(-13.0, None, Some("°C"), Exact)],
            ),
            (
                "A two-month-old baby was among them.",
                &[(2.0, None, Some("mo"), Exact)],
            ),
            (
                "BYD launched its seven-seat electric SUV.",
                &[(7.0, None, None, Exact)],
            ),
            ("It was a two-way race with a five-star hotel.", &[]),
            (
                "They found it in two 40-foot containers.",
                &[(2.0, None, None, Exact), (40.0, None, Some("ft"), Exact)],
            ),
            (
                "Thirteen were hurt, and four, including a pilot, were taken to hospital.",
                &[(13.0, None, None, Exact), (4.0, None, None, Exact)],
            ),
            (
                "New Delhi: Thirteen people were injured.",
                &[(13.0, None, None, Exact)],
            ),
            ("A dozen hospitals joined.", &[(12.0, None, None, Exact)]),
            ("It was his fourth Test hundred.", &[]),
            // Not quantities: splits of a vote, numbers in an index's name.
            ("The justices split 6-3 in the case.", &[]),
            ("Lawmakers voted 352-121 to pass the plan.", &[]),
            // A possessive owns the amount after it; it is no name with a number.
            (
                "They conceded nine penalties to Ireland's 14.",
                &[(9.0, None, None, Exact), (14.0, None, None, Exact)],
            ),
            (
                "It ended Ireland's 19-match unbeaten run.",
                &[(19.0, None, None, Exact)],
            ),
            // Codes with leading zeros, hours in words, digits read out, the span of a market's move.
            (
                "At least 180 calls to triple zero (000) failed.",
                &[(180.0, None, None, Over)],
            ),
            ("They clocked on at seven and clocked off at six.", &[]),
            ("He would ring me at three in the morning.", &[]),
            ("Shares posted their biggest one-day gain since March.", &[]),
            (
                "The union called a one-day strike.",
                &[(1.0, None, Some("d"), Exact)],
            ),
            // A change and the level it reaches are two amounts, not a range; ranges with units on both ends.
            (
                "Earnings rose $3,420 to $27,815.",
                &[
                    (3420.0, None, Some("USD"), Exact),
                    (27_815.0, None, Some("USD"), Exact),
                ],
            ),
            (
                "Inflation rose 0.2% to 3.1%.",
                &[(0.2, None, Some("%"), Exact), (3.1, None, Some("%"), Exact)],
            ),
            (
                "Tickets cost $20 to $30.",
                &[(20.0, Some(30.0), Some("USD"), Range)],
            ),
            (
                "It expects revenue of C$1.1bn to C$1.2bn this year.",
                &[(1.1e9, Some(1.2e9), Some("CAD"), Range)],
            ),
            (
                "The economy will expand by 2% to 3%.",
                &[(2.0, Some(3.0), Some("%"), Range)],
            ),
            (
                "The population grew by 1.1 million to 68.3 million.",
                &[(1.1e6, None, None, Exact), (68.3e6, None, None, Exact)],
            ),
            (
                "More than two dozen people were hurt.",
                &[(24.0, None, None, Over)],
            ),
            (
                "Rates on 30-year mortgages rose to 6.9%.",
                &[(6.9, None, Some("%"), Exact)],
            ),
            ("He scored twice.", &[]),
            (
                "Sales were twice as high.",
                &[(2.0, None, Some("x"), Exact)],
            ),
            (
                "Her salary rose from $180,000 to $250,000.",
                &[
                    (180_000.0, None, Some("USD"), Exact),
                    (250_000.0, None, Some("USD"), Exact),
                ],
            ),
            (
                "Ticket prices range from £35 to £120.",
                &[(35.0, Some(120.0), Some("GBP"), Range)],
            ),
            // Shares by which something changes; bushels.
            (
                "Rents have jumped by a quarter since 2022.",
                &[(25.0, None, Some("%"), Exact)],
            ),
            (
                "A nurse can earn up to A$30,000 more a year there.",
                &[(30_000.0, None, Some("AUD/yr"), Under)],
            ),
            (
                "Cases have fallen by about a third since May.",
                &[(33.3, None, Some("%"), Approx)],
            ),
            (
                "Exports were $5 billion, with Germany accounting for about half.",
                &[
                    (5e9, None, Some("USD"), Exact),
                    (50.0, None, Some("%"), Approx),
                ],
            ),
            ("They met at half past nine.", &[]),
            (
                "Wheat rose to $5.41 a bushel.",
                &[(5.41, None, Some("USD/bu"), Exact)],
            ),
            (
                "Growth of between 1.5% and 2.3% is expected.",
                &[(1.5, Some(2.3), Some("%"), Range)],
            ),
            // Currency words joined by a hyphen; exchange rates per dollar.
            (
                "He won a 10,000-euro bonus.",
                &[(10_000.0, None, Some("EUR"), Exact)],
            ),
            (
                "It assumes 19.8 pesos per dollar.",
                &[(19.8, None, Some("MXN/USD"), Exact)],
            ),
            // Devices: batteries, screens, chargers, cameras, zoom.
            (
                "A 5,500mAh battery supports 80W charging.",
                &[
                    (5500.0, None, Some("mAh"), Exact),
                    (80.0, None, Some("W"), Exact),
                ],
            ),
            (
                "It has a 120Hz screen and a 50-megapixel camera with 3x zoom.",
                &[
                    (120.0, None, Some("Hz"), Exact),
                    (50.0, None, Some("MP"), Exact),
                    (3.0, None, Some("x"), Exact),
                ],
            ),
            ("He is 5 W of the line.", &[(5.0, None, None, Exact)]),
            // Degrees are heat unless angles say otherwise; minutes and seconds past any hour of a clock.
            (
                "Phoenix hit 116 degrees on Tuesday.",
                &[(116.0, None, Some("°C"), Exact)],
            ),
            (
                "The plane banked 30 degrees to the north.",
                &[(30.0, None, None, Exact)],
            ),
            (
                "She ran the second half in 61:48.",
                &[(61.8, None, Some("min"), Exact)],
            ),
            (
                "the S&P/ASX 200 index rose 0.8 per cent",
                &[(0.8, None, Some("%"), Exact)],
            ),
        ];
        for (sentence, want) in cases {
            let got: Vec<Q> = q(sentence)
                .into_iter()
                .map(|x| (x.0, x.1, x.2, x.3))
                .map(|(v, u, unit, ql)| (v, u, unit.map(|s| &*String::leak(s)), ql))
                .collect();
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(1.0);
            let same = got.len() == want.len()
                && got.iter().zip(want.iter()).all(|(g, w)| {
                    close(g.0, w.0)
                        && g.1
                            .zip(w.1)
                            .map_or(g.1.is_none() && w.1.is_none(), |(a, b)| close(a, b))
                        && g.2 == w.2
                        && g.3 == w.3
                });
            assert!(same, "{sentence}\n got: {got:?}\nwant: {want:?}");
        }
    }

    #[test]
    fn not_quantities() {
        assert!(q("In 2025, on Feb. 1 and March 19, one of the firms met at 10:30 with 5G and the Group of Seven.").is_empty());
        assert!(q("Hundreds of years and dozens of people.").is_empty());
        assert!(q("It happened twice a year.").is_empty());
    }
}
