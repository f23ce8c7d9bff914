//! The widget's logic that needs no browser: chart geometry, the model
//! behind search and filters, formatting, the words it shows, and the views
//! as HTML. Compiled into both targets; tested natively; also used by the
//! compiler to render the static fallback.

#[cfg(not(target_arch = "wasm32"))]
pub mod cldr;
pub mod fmt;
pub mod geometry;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
#[rustfmt::skip]
mod locale_data;
pub mod model;
pub mod render;

/// Sort indices by a comparison: one small shared sort instead of one
/// generic instance per call site (every byte of the widget counts).
pub fn sort_by(v: &mut [usize], less: &dyn Fn(usize, usize) -> bool) {
    // Shell sort with Ciura's gaps: in place, small code, fine for the list sizes here.
    for gap in [701, 301, 132, 57, 23, 10, 4, 1] {
        for i in gap..v.len() {
            let x = v[i];
            let mut j = i;
            while j >= gap && less(x, v[j - gap]) {
                v[j] = v[j - gap];
                j -= gap;
            }
            v[j] = x;
        }
    }
}

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
