//! A small strict JSON reader and writer for Koers's fixed shapes, so that no serde_json is in the wasm.
//!
//! Both follow serde_json exactly (the stored format may never drift; `tests/json_codec.rs` compares them
//! byte for byte and on fuzzed input):
//! - The [`Writer`] gives serde_json's compact output: `"`, `\` and control characters are escaped
//!   (`\b \t \n \f \r`, others `\u00xx`), nothing else; keys in the order written.
//! - The [`Reader`] is a cursor over the text, no value tree. It reads what serde_json reads into Koers's
//!   types: RFC 8259 (no leading zeros, no trailing commas, whitespace only after the value), strict
//!   strings where a value is used (lone surrogate escapes refused), integers only as integers in range
//!   (`-0` and `1.0` are floats to serde_json, so refused), a struct as an object (unknown fields skipped,
//!   a known field twice refused) or as an array of its fields in order, as serde's derived code allows.
//!   A value that is skipped or kept raw is only checked for syntax, as serde_json does: its strings may
//!   hold lone surrogates, and its nesting has no depth limit (kept on the heap, not the stack, so deep
//!   input cannot overflow it). Typed reading recurses only as deep as Koers's shapes (a few levels).

use std::borrow::Cow;

/// The input is not (or not the expected) JSON. Callers map it to their own errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error;

pub type Res<T> = Result<T, Error>;

/// Reads all of `text` with `f`: only whitespace may follow the value.
pub fn read<'a, T>(text: &'a str, f: impl FnOnce(&mut Reader<'a>) -> Res<T>) -> Res<T> {
    let mut r = Reader { text, pos: 0 };
    let value = f(&mut r)?;
    match r.peek() {
        None => Ok(value),
        Some(_) => Err(Error),
    }
}

/// A cursor over JSON text.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Skips whitespace and shows the next byte.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&c) = bytes.get(self.pos) {
            if !matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(c);
            }
            self.pos += 1;
        }
        None
    }

    /// The next byte as it is (inside a string or number).
    fn byte(&mut self) -> Res<u8> {
        let c = *self.text.as_bytes().get(self.pos).ok_or(Error)?;
        self.pos += 1;
        Ok(c)
    }

    fn eat(&mut self, c: u8) -> Res<()> {
        if self.peek() != Some(c) {
            return Err(Error);
        }
        self.pos += 1;
        Ok(())
    }

    fn word(&mut self, w: &str) -> Res<()> {
        self.peek();
        if !self.text.as_bytes()[self.pos..].starts_with(w.as_bytes()) {
            return Err(Error);
        }
        self.pos += w.len();
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self
            .text
            .as_bytes()
            .get(self.pos)
            .is_some_and(u8::is_ascii_digit)
        {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Reads a number. `Some((negative, magnitude))` for an integer serde_json hands over as one; `None`
    /// for any other valid number (a fraction, an exponent, `-0`, past `u64` or below `i64::MIN`).
    fn number(&mut self) -> Res<Option<(bool, u64)>> {
        let neg = self.peek() == Some(b'-');
        self.pos += usize::from(neg);
        let start = self.pos;
        let n = self.digits();
        if n == 0 || (n > 1 && self.text.as_bytes()[start] == b'0') {
            return Err(Error);
        }
        let mut int = true;
        if self.text.as_bytes().get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(Error);
            }
            int = false;
        }
        if matches!(self.text.as_bytes().get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.text.as_bytes().get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(Error);
            }
            int = false;
        }
        let mut m = Some(0u64);
        for &d in &self.text.as_bytes()[start..start + n] {
            m = m
                .and_then(|m| m.checked_mul(10))
                .and_then(|m| m.checked_add(u64::from(d - b'0')));
        }
        Ok(m.filter(|&m| int && (!neg || (m != 0 && m <= 1 << 63)))
            .map(|m| (neg, m)))
    }

    /// An unsigned integer up to `max`.
    pub fn uint(&mut self, max: u64) -> Res<u64> {
        match self.number()? {
            Some((false, m)) if m <= max => Ok(m),
            _ => Err(Error),
        }
    }

    pub fn i32(&mut self) -> Res<i32> {
        match self.number()? {
            Some((neg, m)) if m <= i32::MAX as u64 + u64::from(neg) => Ok(if neg {
                (m as i64).wrapping_neg()
            } else {
                m as i64
            } as i32),
            _ => Err(Error),
        }
    }

    pub fn bool(&mut self) -> Res<bool> {
        let t = self.peek() == Some(b't');
        self.word(if t { "true" } else { "false" })?;
        Ok(t)
    }

    /// Reads `null` if it is next: then an `Option` is `None`.
    pub fn null(&mut self) -> Res<bool> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.word("null")?;
        Ok(true)
    }

    /// An `Option`: `None` for `null`, else what `f` reads.
    pub fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Res<T>) -> Res<Option<T>> {
        if self.null()? {
            Ok(None)
        } else {
            f(self).map(Some)
        }
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Res<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + char::from(self.byte()?).to_digit(16).ok_or(Error)?;
        }
        Ok(n)
    }

    /// Reads a string. With `decode`, unescaped (borrowed when there is no escape) and with lone
    /// surrogates refused; without, only checked (as serde_json checks a string it ignores).
    fn scan_str(&mut self, decode: bool) -> Res<Cow<'a, str>> {
        self.eat(b'"')?;
        let text = self.text;
        let mut run = self.pos;
        let mut out: Option<String> = None;
        loop {
            // A run of plain characters at once (a locked document is one string of 470,000 of them).
            let rest = &text.as_bytes()[self.pos..];
            self.pos += rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\\' | 0..=0x1f))
                .unwrap_or(rest.len());
            match self.byte()? {
                b'"' => break,
                b'\\' => {
                    let part = &text[run..self.pos - 1];
                    let c = match self.byte()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut n = self.hex4()?;
                            if decode && (0xD800..0xE000).contains(&n) {
                                // Only a leading surrogate with a trailing one after it is a character.
                                if n >= 0xDC00 || self.byte()? != b'\\' || self.byte()? != b'u' {
                                    return Err(Error);
                                }
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(Error);
                                }
                                n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00);
                            }
                            // Only a skipped string gets here with a lone surrogate, and keeps nothing.
                            char::from_u32(n).unwrap_or_default()
                        }
                        _ => return Err(Error),
                    };
                    if decode {
                        let s = out.get_or_insert_with(String::new);
                        s.push_str(part);
                        s.push(c);
                    }
                    run = self.pos;
                }
                0..=0x1f => return Err(Error),
                _ => {}
            }
        }
        let part = &text[run..self.pos - 1];
        Ok(match out {
            None => Cow::Borrowed(part),
            Some(mut s) => {
                s.push_str(part);
                Cow::Owned(s)
            }
        })
    }

    pub fn string(&mut self) -> Res<String> {
        self.scan_str(true).map(Cow::into_owned)
    }

    /// A string, borrowed from the text when it has no escapes (no copy of a long one).
    pub fn borrowed(&mut self) -> Res<Cow<'a, str>> {
        self.scan_str(true)
    }

    /// An array of strings.
    pub fn strings(&mut self) -> Res<Vec<String>> {
        let mut out = Vec::new();
        self.items(&mut |r| {
            out.push(r.string()?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Skips one value of any shape, checked as serde_json checks a value it ignores.
    pub fn skip(&mut self) -> Res<()> {
        // The closing brackets still to come.
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.peek().ok_or(Error)? {
                c @ (b'[' | b'{') => {
                    self.pos += 1;
                    // `]` and `}` are two after `[` and `{`.
                    let close = c + 2;
                    if self.peek() == Some(close) {
                        self.pos += 1;
                    } else {
                        open.push(close);
                        if close == b'}' {
                            self.skip_key()?;
                        }
                        continue;
                    }
                }
                b'"' => {
                    self.scan_str(false)?;
                }
                b't' => self.word("true")?,
                b'f' => self.word("false")?,
                b'n' => self.word("null")?,
                _ => {
                    self.number()?;
                }
            }
            // After a value: a comma for the next one, or closing brackets.
            while let Some(&close) = open.last() {
                let c = self.peek().ok_or(Error)?;
                self.pos += 1;
                if c == b',' {
                    if close == b'}' {
                        self.skip_key()?;
                    }
                    break;
                }
                if c != close {
                    return Err(Error);
                }
                open.pop();
            }
            if open.is_empty() {
                return Ok(());
            }
        }
    }

    fn skip_key(&mut self) -> Res<()> {
        self.scan_str(false)?;
        self.eat(b':')
    }

    /// One value as its raw text (what serde_json's `RawValue` holds), checked like a skipped value.
    pub fn raw(&mut self) -> Res<&'a str> {
        self.peek();
        let start = self.pos;
        self.skip()?;
        Ok(&self.text[start..self.pos])
    }

    /// Reads an array, with `f` reading each item.
    pub fn items(&mut self, f: &mut dyn FnMut(&mut Self) -> Res<()>) -> Res<()> {
        self.eat(b'[')?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            f(self)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Error),
            }
        }
    }

    /// Reads an object, with `f` reading the value of each key.
    pub fn entries(&mut self, f: &mut dyn FnMut(&mut Self, &str) -> Res<()>) -> Res<()> {
        self.eat(b'{')?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            let key = self.scan_str(true)?;
            self.eat(b':')?;
            f(self, &key)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Error),
            }
        }
    }

    /// Reads a struct with the fields `names`, `f` reading the value of field `i`. As serde's derived
    /// code: an object (unknown fields skipped, a known field twice refused), or an array of the fields
    /// in order (no more than there are). `need` has a bit for each field that must be there in an
    /// object; `need_in_array` for an array, where an `Option` without a default is needed too.
    pub fn fields(
        &mut self,
        names: &[&str],
        need: u32,
        need_in_array: u32,
        f: &mut dyn FnMut(&mut Self, usize) -> Res<()>,
    ) -> Res<()> {
        let mut seen = 0u32;
        let need = if self.peek() == Some(b'[') {
            self.items(&mut |r| {
                let i = seen.count_ones() as usize;
                if i >= names.len() {
                    return Err(Error);
                }
                f(r, i)?;
                seen |= 1 << i;
                Ok(())
            })?;
            need_in_array
        } else {
            self.entries(&mut |r, key| match names.iter().position(|n| *n == key) {
                Some(i) if seen & (1 << i) == 0 => {
                    seen |= 1 << i;
                    f(r, i)
                }
                Some(_) => Err(Error),
                None => r.skip(),
            })?;
            need
        };
        if seen & need == need {
            Ok(())
        } else {
            Err(Error)
        }
    }

    /// A unit enum variant, by its name in `names`: `"name"`, or `{"name":null}` as serde_json reads too.
    pub fn variant(&mut self, names: &[&str]) -> Res<usize> {
        let map = self.peek() == Some(b'{');
        self.pos += usize::from(map);
        let name = self.scan_str(true)?;
        let i = names.iter().position(|n| *n == name).ok_or(Error)?;
        if map {
            self.eat(b':')?;
            self.word("null")?;
            self.eat(b'}')?;
        }
        Ok(i)
    }
}

/// Writes compact JSON into a string, as serde_json does. A comma goes before every key and item except
/// the first of its object or array (known from the text so far: it ends with `{` or `[`).
#[derive(Default)]
pub struct Writer {
    pub out: String,
}

impl Writer {
    pub fn with_capacity(n: usize) -> Writer {
        Writer {
            out: String::with_capacity(n),
        }
    }

    fn sep(&mut self) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'{' | b'[')) {
            self.out.push(',');
        }
    }

    pub fn open(&mut self, c: char) {
        self.out.push(c);
    }

    pub fn close(&mut self, c: char) {
        self.out.push(c);
    }

    /// The key of the next field.
    pub fn key(&mut self, k: &str) {
        self.sep();
        self.str(k);
        self.out.push(':');
    }

    /// Before the next item of an array.
    pub fn item(&mut self) {
        self.sep();
    }

    pub fn str(&mut self, s: &str) {
        write_str(&mut self.out, s);
    }

    pub fn uint(&mut self, mut n: u64) {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out
            .push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
    }

    pub fn i32(&mut self, n: i32) {
        if n < 0 {
            self.out.push('-');
        }
        self.uint(u64::from(n.unsigned_abs()));
    }

    pub fn bool(&mut self, b: bool) {
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    /// An array of strings.
    pub fn strings<'s>(&mut self, items: impl IntoIterator<Item = &'s String>) {
        self.open('[');
        for s in items {
            self.item();
            self.str(s);
        }
        self.close(']');
    }
}

/// Appends `s` as a JSON string, escaped exactly as serde_json escapes it.
pub fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0c => 'f',
            0..=0x1f => 'u',
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            out.push_str("00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// `s` as a JSON string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str(&mut out, s);
    out
}
