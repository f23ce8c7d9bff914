//! The widget's logic that needs no browser: chart geometry, the model
//! behind search and filters, formatting, the words it shows, the reader's
//! state and its actions, and the views as Leptos components (which need
//! Leptos: feature `widget` in the browser, `ssr` natively, where the
//! compiler renders them to HTML for the static fallback). Tested natively.

#[cfg(feature = "compiler")]
pub mod cldr;
pub mod fmt;
pub mod geometry;
pub mod i18n;
#[cfg(feature = "compiler")]
#[rustfmt::skip]
mod locale_data;
pub mod model;
#[cfg(any(feature = "widget", feature = "ssr"))]
pub mod render;
#[cfg(any(feature = "widget", feature = "ssr"))]
pub mod state;

pub use crate::bundle::sort_by;

#[cfg(test)]
mod tests {
    #[test]
    fn sort_orders_indices() {
        let keys = [5, 3, 9, 3, 1, 7, 2, 8, 6, 4];
        let mut v: Vec<usize> = (0..keys.len()).collect();
        super::sort_by(&mut v, &|a, b| {
            keys[a] < keys[b] || (keys[a] == keys[b] && a < b)
        });
        assert_eq!(
            v.iter().map(|&i| keys[i]).collect::<Vec<_>>(),
            [1, 2, 3, 3, 4, 5, 6, 7, 8, 9]
        );
        assert_eq!((v[2], v[3]), (1, 3), "ties keep index order");
        let mut big: Vec<usize> = (0..3000).rev().collect();
        super::sort_by(&mut big, &|a, b| a < b);
        assert!(big.windows(2).all(|w| w[0] < w[1]));
    }
}
