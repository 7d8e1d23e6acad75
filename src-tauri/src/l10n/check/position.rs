//! Lines and columns of places in a file. The parser keeps no spans, but every identifier and
//! text it returns is a slice of the source, so a slice's address gives its offset.

/// The start of every line of one source text.
pub struct Lines<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    /// Indexes a source text.
    pub fn new(source: &'s str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { source, starts }
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn at(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line.saturating_sub(1)];
        let column = self
            .source
            .get(start..offset)
            .map_or(1, |before| before.chars().count() + 1);
        (line.max(1), column)
    }

    /// The line and column of a slice of the source; the start of the file for any other text.
    pub fn of(&self, slice: &str) -> (usize, usize) {
        let base = self.source.as_ptr() as usize;
        let address = slice.as_ptr() as usize;
        if address < base || address > base + self.source.len() {
            return (1, 1);
        }
        self.at(address - base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters_from_one() {
        let source = "a = b\r\nعربي = c\nx";
        let lines = Lines::new(source);
        assert_eq!(lines.at(0), (1, 1));
        assert_eq!(lines.at(4), (1, 5));
        let c = source.find('c').expect("c is there");
        assert_eq!(lines.at(c), (2, 8));
        assert_eq!(lines.of(&source[c..]), (2, 8));
        assert_eq!(lines.at(source.len()), (3, 2));
        assert_eq!(lines.of("elsewhere"), (1, 1));
    }
}
