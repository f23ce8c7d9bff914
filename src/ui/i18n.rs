//! The widget's words in English and Japanese, and the language-independent
//! parts of showing a value (unit symbols, qualifier words).

use crate::bundle::{EntityKind, Qualifier};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// From a `lang` attribute or the page's language: "ja", "ja-JP" → Japanese.
    pub fn parse(s: &str) -> Lang {
        if s.trim().to_lowercase().starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    /// The BCP 47 tag for `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }
}

/// Every string the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    Title,
    Loading,
    FailedPrefix,
    Search,
    SearchHint,
    Numbers,
    Timeline,
    Compare,
    Quotes,
    Entities,
    Sources,
    Tables,
    NoMatch,
    ClearFilters,
    FactsAbout,
    FactsFrom,
    ShowAll,
    ShowFewer,
    AsTable,
    AsChart,
    Check,
    LinkToFact,
    MoreSources,
    Source,
    Date,
    Event,
    Value,
    Article,
    Speaker,
    NoYear,
    People,
    Organizations,
    Places,
    Elements,
    Other,
    RareEarths,
    Facts,
    Views,
    Open,
    Close,
    Undated,
    Events,
    ZoomIn,
    ZoomOut,
    KeyFact,
    Edited,
    Originally,
    Note,
}

pub fn t(lang: Lang, key: T) -> &'static str {
    use T::*;
    match lang {
        Lang::En => match key {
            Title => "Fact box",
            Loading => "Loading facts…",
            FailedPrefix => "The facts could not be shown",
            Search => "Search facts and names",
            SearchHint => "Search",
            Numbers => "Key numbers",
            Timeline => "Timeline",
            Compare => "Compare",
            Quotes => "Quotes",
            Entities => "Names",
            Sources => "Sources",
            Tables => "From tables",
            NoMatch => "No facts match your search.",
            ClearFilters => "Clear filters",
            FactsAbout => "Facts about",
            FactsFrom => "Facts from",
            ShowAll => "Show all",
            ShowFewer => "Show fewer",
            AsTable => "View as table",
            AsChart => "View as chart",
            Check => "Check this value",
            LinkToFact => "Link to this fact",
            MoreSources => "more sources",
            Source => "Source",
            Date => "Date",
            Event => "Event",
            Value => "Value",
            Article => "Article",
            Speaker => "Speaker",
            NoYear => "Dates without a year",
            People => "People",
            Organizations => "Organizations",
            Places => "Places",
            Elements => "Elements",
            Other => "Other names",
            RareEarths => "Rare-earth elements",
            Facts => "facts",
            Views => "Views",
            Open => "Show source",
            Close => "Hide source",
            Undated => "undated",
            Events => "events",
            ZoomIn => "Zoom in",
            ZoomOut => "Zoom out",
            KeyFact => "Key fact",
            Edited => "Edited",
            Originally => "Originally",
            Note => "Editor's note",
        },
        Lang::Ja => match key {
            Title => "ファクトボックス",
            Loading => "読み込み中…",
            FailedPrefix => "ファクトを表示できませんでした",
            Search => "ファクトや名前を検索",
            SearchHint => "検索",
            Numbers => "主な数値",
            Timeline => "年表",
            Compare => "比較",
            Quotes => "発言",
            Entities => "名前",
            Sources => "出典",
            Tables => "表より",
            NoMatch => "該当するファクトはありません。",
            ClearFilters => "絞り込みを解除",
            FactsAbout => "対象：",
            FactsFrom => "出典：",
            ShowAll => "すべて表示",
            ShowFewer => "表示を減らす",
            AsTable => "表で見る",
            AsChart => "グラフで見る",
            Check => "要確認の数値",
            LinkToFact => "このファクトへのリンク",
            MoreSources => "件の他の出典",
            Source => "出典",
            Date => "日付",
            Event => "出来事",
            Value => "値",
            Article => "記事",
            Speaker => "発言者",
            NoYear => "年の記載がない日付",
            People => "人物",
            Organizations => "組織",
            Places => "場所",
            Elements => "元素",
            Other => "その他",
            RareEarths => "レアアース元素",
            Facts => "件",
            Views => "表示",
            Open => "出典を表示",
            Close => "出典を隠す",
            Undated => "日付不明",
            Events => "件の出来事",
            ZoomIn => "拡大",
            ZoomOut => "縮小",
            KeyFact => "重要",
            Edited => "編集済み",
            Originally => "編集前",
            Note => "編集部注",
        },
    }
}

pub fn kind_heading(lang: Lang, k: EntityKind) -> &'static str {
    t(
        lang,
        match k {
            EntityKind::Person => T::People,
            EntityKind::Organization => T::Organizations,
            EntityKind::Place => T::Places,
            EntityKind::Element => T::Elements,
            EntityKind::Other => T::Other,
        },
    )
}

/// Words around a value for its qualifier: (before, after).
pub fn qualifier_words(lang: Lang, q: Qualifier) -> (&'static str, &'static str) {
    match (lang, q) {
        (_, Qualifier::Exact | Qualifier::Range) => ("", ""),
        (Lang::En, Qualifier::Approx) => ("≈ ", ""),
        (Lang::En, Qualifier::Over) => ("more than ", ""),
        (Lang::En, Qualifier::Under) => ("up to ", ""),
        (Lang::Ja, Qualifier::Approx) => ("約", ""),
        (Lang::Ja, Qualifier::Over) => ("", "超"),
        (Lang::Ja, Qualifier::Under) => ("最大", ""),
    }
}

/// How a canonical unit is written after a number; currencies (three
/// capital letters) are formatted by `Intl` instead and give `None`.
pub fn unit_symbol(unit: &str) -> Option<&str> {
    let base = unit.split('/').next().unwrap_or(unit);
    if base.len() == 3 && base.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(match unit {
        "km2" => "km²",
        "m2" => "m²",
        "mi2" => "mi²",
        "m3" => "m³",
        "x" => "×",
        "yr" => "years",
        "mo" => "months",
        "wk" => "weeks",
        "d" => "days",
        "h" => "hours",
        u => u,
    })
}

/// The currency and per-unit of a money unit: "USD/kg" → ("USD", Some("kg")).
pub fn currency(unit: &str) -> Option<(&str, Option<&str>)> {
    let (base, per) = match unit.split_once('/') {
        Some((b, p)) => (b, Some(p)),
        None => (unit, None),
    };
    (base.len() == 3 && base.chars().all(|c| c.is_ascii_uppercase())).then_some((base, per))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        assert_eq!(Lang::parse("ja-JP"), Lang::Ja);
        assert_eq!(Lang::parse(""), Lang::En);
        assert_ne!(t(Lang::En, T::Timeline), t(Lang::Ja, T::Timeline));
    }

    #[test]
    fn units_and_currencies() {
        assert_eq!(unit_symbol("km2"), Some("km²"));
        assert_eq!(unit_symbol("%"), Some("%"));
        assert_eq!(unit_symbol("USD"), None);
        assert_eq!(unit_symbol("USD/kg"), None);
        assert_eq!(currency("USD/kg"), Some(("USD", Some("kg"))));
        assert_eq!(currency("JPY"), Some(("JPY", None)));
        assert_eq!(currency("km"), None);
        assert_eq!(qualifier_words(Lang::En, Qualifier::Over).0, "more than ");
    }
}
