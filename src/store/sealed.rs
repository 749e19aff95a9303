//! The locked envelope: the document encrypted with a key made from the user's passphrase.
//!
//! Stored form (DESIGN.md: `enc` holds the KDF and its parameters, `doc` is replaced by ciphertext):
//! `{"app":"koers","schema":3,"saved_at":"…","enc":{"kdf":"PBKDF2-SHA256","iter":600000,"salt":"…",
//! "cipher":"AES-GCM-256","iv":"…","check":"…"},"doc":"<base64 ciphertext>"}`.
//!
//! `check` is a second, tiny AES-GCM message (its own IV, then the ciphertext of "koers"). It tells a wrong
//! passphrase (the check fails) from damaged data (the check opens, the document does not). Both messages use
//! the header as additional data, so a changed schema number, salt or iteration count is detected too.
//!
//! This file is pure (host-tested): the header, its limits and base64. The cryptography is WebCrypto, in
//! `store/crypto.rs` (wasm only).

use super::schema::APP;
use crate::domain::codec::read_opt_str;
use crate::domain::json::{self, Reader, Res, Writer, quote};
use std::borrow::Cow;

pub const KDF: &str = "PBKDF2-SHA256";
pub const CIPHER: &str = "AES-GCM-256";
/// Iterations for new keys (OWASP's advice for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// Fewer iterations than this are refused: a weakened file is not opened.
pub const MIN_ITERATIONS: u32 = 600_000;
/// More than this are refused too, so a crafted file cannot make unlocking take hours.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
/// The plaintext of the check message.
pub const CHECK_TEXT: &[u8] = b"koers";
/// AES-GCM's tag: 16 bytes after every ciphertext.
pub const TAG_LEN: usize = 16;

/// A locked envelope, read and checked, ready to decrypt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub schema: u64,
    pub saved_at: String,
    pub iterations: u32,
    pub salt: [u8; SALT_LEN],
    pub iv: [u8; IV_LEN],
    pub check_iv: [u8; IV_LEN],
    pub check: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Why a stored value is not a usable locked envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealError {
    /// Not a Koers envelope, or not a locked one.
    NotSealed,
    /// A key derivation or cipher this build does not know.
    UnknownMethod,
    /// Iterations outside [`MIN_ITERATIONS`]..=[`MAX_ITERATIONS`].
    Iterations,
    /// Salt, IVs, check or ciphertext are not base64 of the right length.
    Malformed,
}

/// `enc` of a locked envelope. (The fields of the serde struct this replaces; all needed.)
struct Enc {
    kdf: String,
    iter: u32,
    salt: String,
    cipher: String,
    iv: String,
    check: String,
}

const ENC: [&str; 6] = ["kdf", "iter", "salt", "cipher", "iv", "check"];

fn read_enc(r: &mut Reader) -> Res<Enc> {
    let mut enc = Enc {
        kdf: String::new(),
        iter: 0,
        salt: String::new(),
        cipher: String::new(),
        iv: String::new(),
        check: String::new(),
    };
    r.fields(&ENC, 0b11_1111, 0b11_1111, &mut |r, i| {
        match i {
            0 => enc.kdf = r.string()?,
            1 => enc.iter = r.uint(u32::MAX.into())? as u32,
            2 => enc.salt = r.string()?,
            3 => enc.cipher = r.string()?,
            4 => enc.iv = r.string()?,
            _ => enc.check = r.string()?,
        }
        Ok(())
    })?;
    Ok(enc)
}

/// A locked envelope as read: `app`, `schema`, `saved_at` (default empty), `enc` and the ciphertext
/// `doc`. (As the serde struct read it: in array form every field but `saved_at` is needed.) `doc` is
/// borrowed from the stored text (base64 has no escapes), so its 470,000 characters are not copied.
struct EnvelopeIn<'a> {
    app: Option<String>,
    schema: Option<u64>,
    saved_at: String,
    enc: Option<Enc>,
    doc: Option<Cow<'a, str>>,
}

fn read_envelope(raw: &str) -> Res<EnvelopeIn<'_>> {
    json::read(raw, |r| {
        let mut env = EnvelopeIn {
            app: None,
            schema: None,
            saved_at: String::new(),
            enc: None,
            doc: None,
        };
        r.fields(
            &["app", "schema", "saved_at", "enc", "doc"],
            0,
            0b1_1011,
            &mut |r, i| {
                match i {
                    0 => env.app = read_opt_str(r)?,
                    1 => env.schema = r.opt(|r| r.uint(u64::MAX))?,
                    2 => env.saved_at = r.string()?,
                    3 => env.enc = r.opt(read_enc)?,
                    _ => env.doc = r.opt(Reader::borrowed)?,
                }
                Ok(())
            },
        )?;
        Ok(env)
    })
}

/// The additional authenticated data of the check message: the parts of the header that matter.
pub fn header_aad(schema: u64, iterations: u32, salt: &[u8]) -> Vec<u8> {
    format!(
        "{APP}|{schema}|{KDF}|{iterations}|{}|{CIPHER}",
        b64_encode(salt)
    )
    .into_bytes()
}

/// The additional authenticated data of the document itself: the header, and when it was saved. So an
/// older copy cannot pass for a newer one, and a changed `saved_at` is told as a change (the check message
/// still opens, the document does not), never as a wrong passphrase.
pub fn doc_aad(schema: u64, iterations: u32, salt: &[u8], saved_at: &str) -> Vec<u8> {
    let mut aad = header_aad(schema, iterations, salt);
    aad.push(b'|');
    aad.extend_from_slice(saved_at.as_bytes());
    aad
}

/// The schema number a sealed kept copy carries: its plaintext is a stored value exactly as it was
/// (which may itself be unreadable), not a document.
pub const KEPT_SCHEMA: u64 = 0;

/// The locked envelope around `ciphertext`. `check` is the check message's IV followed by its ciphertext.
pub fn seal_envelope(s: &Sealed) -> String {
    let mut check = s.check_iv.to_vec();
    check.extend_from_slice(&s.check);
    let mut w = Writer::default();
    w.open('{');
    w.key("kdf");
    w.str(KDF);
    w.key("iter");
    w.uint(s.iterations.into());
    w.key("salt");
    w.str(&b64_encode(&s.salt));
    w.key("cipher");
    w.str(CIPHER);
    w.key("iv");
    w.str(&b64_encode(&s.iv));
    w.key("check");
    w.str(&b64_encode(&check));
    w.close('}');
    let head = format!(
        r#"{{"app":"{APP}","schema":{},"saved_at":{},"enc":{},"doc":""#,
        s.schema,
        quote(&s.saved_at),
        w.out
    );
    // The ciphertext's base64 goes straight into the envelope, not through a string of its own.
    let mut out = Vec::with_capacity(head.len() + s.ciphertext.len().div_ceil(3) * 4 + 2);
    out.extend_from_slice(head.as_bytes());
    b64_extend(&mut out, &s.ciphertext);
    out.extend_from_slice(b"\"}");
    String::from_utf8(out).unwrap_or_default()
}

/// Whether `raw` is a locked envelope (without checking it further). Only the header is read: `app`, and
/// whether `enc` is there (not null); the document (plain or sealed) is skipped, not copied.
pub fn is_sealed(raw: &str) -> bool {
    let mut app = None;
    let mut enc = false;
    let read = json::read(raw, |r| {
        r.fields(&["app", "enc"], 0, 0b01, &mut |r, i| {
            match i {
                0 => app = read_opt_str(r)?,
                _ => enc = r.opt(Reader::skip)?.is_some(),
            }
            Ok(())
        })
    });
    read.is_ok() && app.as_deref() == Some(APP) && enc
}

/// What the header of a locked envelope says: enough to make the key and to show when it was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub schema: u64,
    pub saved_at: String,
    pub iterations: u32,
    pub salt: [u8; SALT_LEN],
}

/// Reads a locked envelope and checks all of it, as [`read_sealed`] does (the same answer for every
/// input), but without decoding the ciphertext: at start and for "last saved on …" only the header is
/// needed. Never panics.
pub fn read_header(raw: &str) -> Result<Header, SealError> {
    let (s, doc) = checked(raw)?;
    if b64_len(&doc).ok_or(SealError::Malformed)? < TAG_LEN {
        return Err(SealError::Malformed);
    }
    Ok(Header {
        schema: s.schema,
        saved_at: s.saved_at,
        iterations: s.iterations,
        salt: s.salt,
    })
}

/// Reads a locked envelope and checks its header. Never panics.
pub fn read_sealed(raw: &str) -> Result<Sealed, SealError> {
    let (mut s, doc) = checked(raw)?;
    s.ciphertext = b64_decode(&doc).ok_or(SealError::Malformed)?;
    if s.ciphertext.len() < TAG_LEN {
        return Err(SealError::Malformed);
    }
    Ok(s)
}

/// The envelope with everything but the ciphertext read and checked (`ciphertext` left empty), and the
/// ciphertext's base64 as stored.
fn checked(raw: &str) -> Result<(Sealed, Cow<'_, str>), SealError> {
    let env = read_envelope(raw).map_err(|_| SealError::NotSealed)?;
    let (Some(APP), Some(schema), Some(enc), Some(doc)) =
        (env.app.as_deref(), env.schema, env.enc, env.doc)
    else {
        return Err(SealError::NotSealed);
    };
    if enc.kdf != KDF || enc.cipher != CIPHER {
        return Err(SealError::UnknownMethod);
    }
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&enc.iter) {
        return Err(SealError::Iterations);
    }
    let fixed = |s: &str| b64_decode(s).ok_or(SealError::Malformed);
    let salt = fixed(&enc.salt)?
        .try_into()
        .map_err(|_| SealError::Malformed)?;
    let iv = fixed(&enc.iv)?
        .try_into()
        .map_err(|_| SealError::Malformed)?;
    let check = fixed(&enc.check)?;
    if check.len() != IV_LEN + CHECK_TEXT.len() + TAG_LEN {
        return Err(SealError::Malformed);
    }
    let (check_iv, check) = check.split_at(IV_LEN);
    let sealed = Sealed {
        schema,
        saved_at: env.saved_at,
        iterations: enc.iter,
        salt,
        iv,
        check_iv: check_iv.try_into().map_err(|_| SealError::Malformed)?,
        check: check.to_vec(),
        ciphertext: Vec::new(),
    };
    Ok((sealed, doc))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn b64_encode(bytes: &[u8]) -> String {
    let mut out = Vec::new();
    b64_extend(&mut out, bytes);
    // Only characters of the alphabet and `=` were written.
    String::from_utf8(out).unwrap_or_default()
}

/// Appends the base64 of `bytes` to `out`, written in place into space made once (a locked document's
/// ciphertext is about 350,000 bytes). The slice patterns leave no bounds check in the loop.
fn b64_extend(out: &mut Vec<u8>, bytes: &[u8]) {
    let char = |n: u32, shift: u32| B64[(n >> shift) as usize & 63];
    let start = out.len();
    let full = bytes.len() / 3;
    out.resize(start + bytes.len().div_ceil(3) * 4, 0);
    let (body, tail) = out[start..].split_at_mut(full * 4);
    for (g, o) in bytes.chunks_exact(3).zip(body.chunks_exact_mut(4)) {
        if let ([x, y, z], [a, b, c, d]) = (g, o) {
            let n = u32::from(*x) << 16 | u32::from(*y) << 8 | u32::from(*z);
            (*a, *b, *c, *d) = (char(n, 18), char(n, 12), char(n, 6), char(n, 0));
        }
    }
    if let ([first, more @ ..], [a, b, c, d]) = (&bytes[full * 3..], tail) {
        let n = u32::from(*first) << 16 | u32::from(more.first().copied().unwrap_or(0)) << 8;
        let third = if more.is_empty() { b'=' } else { char(n, 6) };
        (*a, *b, *c, *d) = (char(n, 18), char(n, 12), third, b'=');
    }
}

/// Not a base64 character (any value with one of the two high bits set).
const NOT_B64: u8 = 0xFF;

/// The value of each byte as a base64 character: a lookup, not a search (a locked document is about
/// 470,000 of them).
const B64_VALUE: [u8; 256] = {
    let mut t = [NOT_B64; 256];
    let mut i = 0;
    while i < 64 {
        t[B64[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// Strict standard base64: `None` for any other character, a wrong length or misplaced padding.
pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    let len = b64_len(text)?;
    let mut out = vec![0; text.len() / 4 * 3];
    for (c, o) in text.as_bytes().chunks_exact(4).zip(out.chunks_exact_mut(3)) {
        // Checked above. `=` counts as 63 here: its bits only reach the bytes that padding drops.
        let v = |i: usize| u32::from(B64_VALUE[usize::from(c[i])] & 63);
        let n = v(0) << 18 | v(1) << 12 | v(2) << 6 | v(3);
        o[0] = (n >> 16) as u8;
        o[1] = (n >> 8) as u8;
        o[2] = n as u8;
    }
    out.truncate(len);
    Some(out)
}

/// Checks `text` as strict base64 without decoding it: the decoded length, or `None`.
fn b64_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let Some((body, last)) = bytes.split_last_chunk::<4>() else {
        return Some(0);
    };
    // No padding before the last group: one check of every value at the end (`=` has none).
    if body
        .iter()
        .fold(0, |seen, &b| seen | B64_VALUE[usize::from(b)])
        == NOT_B64
    {
        return None;
    }
    let pad = last.iter().rev().take_while(|&&b| b == b'=').count();
    if pad > 2 {
        return None;
    }
    let mut n = 0u32;
    for &b in &last[..4 - pad] {
        let v = B64_VALUE[usize::from(b)];
        if v == NOT_B64 {
            return None;
        }
        n = (n << 6) | u32::from(v);
    }
    // Bits that padding drops must be zero (one encoding per value).
    if n & ((1 << (6 * (4 - pad) - 8 * (3 - pad))) - 1) != 0 {
        return None;
    }
    Some(body.len() / 4 * 3 + 3 - pad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Sealed {
        Sealed {
            schema: 3,
            saved_at: "2026-11-29T10:00:00Z".into(),
            iterations: ITERATIONS,
            salt: [7; SALT_LEN],
            iv: [9; IV_LEN],
            check_iv: [4; IV_LEN],
            check: vec![1; CHECK_TEXT.len() + TAG_LEN],
            ciphertext: vec![
                0, 1, 2, 250, 251, 252, 253, 254, 255, 3, 4, 5, 6, 7, 8, 9, 10,
            ],
        }
    }

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(b64_encode(plain.as_bytes()), coded);
            assert_eq!(b64_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        for bad in [
            "Zg=", "Zg===", "Z===", "Zm9v!A==", "Zg==Zg==", "Zh==", "Zm9=", "Zm 9v",
        ] {
            assert_eq!(b64_decode(bad), None, "{bad}");
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(b64_decode(&b64_encode(&all)), Some(all));
    }

    #[test]
    fn a_locked_envelope_reads_back_and_its_header_is_checked() {
        let raw = seal_envelope(&sample());
        assert!(is_sealed(&raw));
        assert_eq!(read_sealed(&raw), Ok(sample()));
        assert!(
            !raw.contains("profile"),
            "no plaintext fields in a locked envelope"
        );

        let weak = raw.replace("600000", "1000");
        assert_eq!(read_sealed(&weak), Err(SealError::Iterations));
        let slow = raw.replace("600000", "4000000000");
        assert_eq!(read_sealed(&slow), Err(SealError::Iterations));
        let other = raw.replace("PBKDF2-SHA256", "scrypt");
        assert_eq!(read_sealed(&other), Err(SealError::UnknownMethod));
        let short_salt = raw.replace(&b64_encode(&[7; SALT_LEN]), &b64_encode(&[7; 8]));
        assert_eq!(read_sealed(&short_salt), Err(SealError::Malformed));
        let mut bad = sample();
        bad.ciphertext = vec![1; 3];
        assert_eq!(read_sealed(&seal_envelope(&bad)), Err(SealError::Malformed));
        let plain = r#"{"app":"koers","schema":3,"saved_at":"x","enc":null,"doc":{}}"#;
        assert!(!is_sealed(plain));
        assert_eq!(read_sealed(plain), Err(SealError::NotSealed));
        assert_eq!(read_sealed("not json"), Err(SealError::NotSealed));
    }

    #[test]
    fn the_header_binds_schema_iterations_and_salt() {
        let a = header_aad(3, ITERATIONS, &[7; SALT_LEN]);
        assert_ne!(a, header_aad(4, ITERATIONS, &[7; SALT_LEN]));
        assert_ne!(a, header_aad(3, ITERATIONS + 1, &[7; SALT_LEN]));
        assert_ne!(a, header_aad(3, ITERATIONS, &[8; SALT_LEN]));
        let d = doc_aad(3, ITERATIONS, &[7; SALT_LEN], "2026-11-29T10:00:00Z");
        assert!(d.starts_with(&a));
        assert_ne!(
            d,
            doc_aad(3, ITERATIONS, &[7; SALT_LEN], "2026-11-30T10:00:00Z")
        );
    }
}
