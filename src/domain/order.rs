//! One stable ordering routine for the whole app.
//!
//! Every `sort_by` with its own closure puts another copy of the standard library's sort into the wasm
//! (several KB each). Here the keys are sorted as plain `(i64, u32)` pairs, one copy for every caller;
//! the index in the pair keeps equal keys in their original order.

/// Reorders `items` by `key`, keeping the original order of equal keys (a stable sort).
pub fn stable_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let mut keys: Vec<(i64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (key(t), i as u32))
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keys.into_iter()
            .filter_map(|(_, i)| slots[i as usize].take()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_ties_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (-5, 'f')];
        stable_by_key(&mut v, |x| x.0);
        let order: String = v.iter().map(|x| x.1).collect();
        assert_eq!(order, "fbedac");
        let mut empty: Vec<i32> = Vec::new();
        stable_by_key(&mut empty, |x| i64::from(*x));
        assert!(empty.is_empty());
    }
}
