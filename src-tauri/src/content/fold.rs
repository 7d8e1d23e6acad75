//! Folds text for search, so a query matches whatever case, accents or Arabic-script spelling
//! variants the learner types. The build script indexes with this same code, so the index and
//! the queries always agree.

/// Lower-cases, drops combining accents and Arabic vowel marks, and unifies Arabic-script letter
/// variants that learners type interchangeably (Arabic and Urdu keyboards differ).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            // Combining diacritics, such as the dot Turkish `İ` leaves after lower-casing.
            '\u{0300}'..='\u{036f}' => {}
            // Arabic harakat, superscript alef and tatweel: optional in writing.
            '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' => {}
            // Bidi controls that Fluent puts around placeables.
            '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' | 'ې' => out.push('ي'),
            'ک' => out.push('ك'),
            'ہ' | 'ھ' | 'ة' => out.push('ه'),
            _ => out.push(c),
        }
    }
    out
}

/// An FTS5 query that requires every word of `query` as a word prefix; `None` when it has no words.
pub fn fts_query(query: &str) -> Option<String> {
    let folded = fold(query);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
