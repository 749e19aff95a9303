//! The stored JSON of the document and of the talk session, read and written by hand with
//! [`super::json`] (serde_json stays out of the wasm). The shapes are exactly those of the serde
//! derives on the types, which stay for the host tests: `tests/json_codec.rs` checks that both write the
//! same bytes and read the same values, so the stored format cannot drift.
//!
//! Field lists are in the order of the struct fields; `NEED_*` are the fields without a default.

use super::content::{Block, BlockKind, Card, CardFile, Line};
use super::date::PartialDate;
use super::education::{Education, Residence, SchoolAnswers};
use super::json::{self, Error, Reader, Res, Writer};
use super::plan::{Agreement, Goals, Who};
use super::state::{Document, Profile, Question, Settings};
use super::talk::Session;
use super::timeline::{Entry, EntryKind};

const DOCUMENT: [&str; 10] = [
    "profile",
    "settings",
    "entries",
    "deleted",
    "dismissed",
    "school",
    "questions",
    "agreements",
    "goals",
    "drafts",
];
const PROFILE: [&str; 3] = ["name", "birth", "arrival"];
const SETTINGS: [&str; 3] = ["language", "welcomed", "lock_after"];
const ENTRY: [&str; 9] = [
    "id", "kind", "date", "end", "title", "note", "private", "created", "updated",
];
/// id, kind, date, title, created, updated.
const NEED_ENTRY: u32 = 0b1_1001_0111;
const DATE: [&str; 3] = ["y", "m", "d"];
const SCHOOL: [&str; 6] = [
    "residence",
    "education",
    "start",
    "end",
    "internship",
    "done",
];
const QUESTION: [&str; 7] = ["id", "link", "text", "to", "asked", "answer", "created"];
const AGREEMENT: [&str; 7] = ["id", "what", "who", "by", "done", "created", "updated"];
const GOALS: [&str; 3] = ["learn", "need", "more"];
const SESSION: [&str; 4] = ["step", "at", "second", "topics"];
/// As `Who::key` and serde's snake_case, in the order of `Who::ALL`.
pub const WHO: [&str; 7] = [
    "me",
    "mentor",
    "voogd",
    "foster_parent",
    "lawyer",
    "school",
    "other",
];
/// serde's snake_case names, in the order of `Residence::ALL` and `Education::ALL`.
pub const RESIDENCE: [&str; 5] = ["procedure", "appeal", "rejected", "permit", "unknown"];
pub const EDUCATION: [&str; 10] = [
    "none",
    "isk",
    "vo",
    "praktijkonderwijs",
    "entree",
    "mbo_bol",
    "mbo_bbl",
    "vavo",
    "hbo_wo",
    "unknown",
];

/// The document as JSON (what serde_json's `to_string` gives).
pub fn write_document(doc: &Document) -> String {
    // Room for a typical entry up front: a large document is written without growing the buffer many times.
    let mut w = Writer::with_capacity(1024 + doc.entries.len() * 200);
    document(&mut w, doc);
    w.out
}

/// Reads a document (as serde_json's `from_str::<Document>`).
pub fn read_document(text: &str) -> Res<Document> {
    json::read(text, read_doc)
}

fn document(w: &mut Writer, d: &Document) {
    w.open('{');
    w.key("profile");
    w.open('{');
    w.key("name");
    w.str(&d.profile.name);
    w.key("birth");
    opt_date(w, d.profile.birth);
    w.key("arrival");
    opt_date(w, d.profile.arrival);
    w.close('}');
    w.key("settings");
    w.open('{');
    w.key("language");
    opt_str(w, d.settings.language.as_deref());
    w.key("welcomed");
    w.bool(d.settings.welcomed);
    if let Some(n) = d.settings.lock_after {
        w.key("lock_after");
        w.uint(n.into());
    }
    w.close('}');
    w.key("entries");
    entries(w, &d.entries);
    w.key("deleted");
    entries(w, &d.deleted);
    w.key("dismissed");
    w.strings(&d.dismissed);
    w.key("school");
    school(w, &d.school);
    w.key("questions");
    w.open('[');
    for q in &d.questions {
        w.item();
        w.open('{');
        w.key("id");
        w.str(&q.id);
        w.key("link");
        opt_str(w, q.link.as_deref());
        w.key("text");
        w.str(&q.text);
        w.key("to");
        opt_str(w, q.to.map(Who::key));
        w.key("asked");
        w.bool(q.asked);
        w.key("answer");
        w.str(&q.answer);
        w.key("created");
        w.str(&q.created);
        w.close('}');
    }
    w.close(']');
    w.key("agreements");
    w.open('[');
    for a in &d.agreements {
        w.item();
        w.open('{');
        w.key("id");
        w.str(&a.id);
        w.key("what");
        w.str(&a.what);
        w.key("who");
        w.str(a.who.key());
        w.key("by");
        opt_date(w, a.by);
        w.key("done");
        w.bool(a.done);
        w.key("created");
        w.str(&a.created);
        w.key("updated");
        w.str(&a.updated);
        w.close('}');
    }
    w.close(']');
    w.key("goals");
    w.open('{');
    w.key("learn");
    w.str(&d.goals.learn);
    w.key("need");
    w.str(&d.goals.need);
    w.key("more");
    w.str(&d.goals.more);
    w.close('}');
    if !d.drafts.is_empty() {
        w.key("drafts");
        w.open('{');
        for (k, v) in &d.drafts {
            w.key(k);
            w.str(v);
        }
        w.close('}');
    }
    w.close('}');
}

fn entries(w: &mut Writer, list: &[Entry]) {
    w.open('[');
    for e in list {
        w.item();
        w.open('{');
        w.key("id");
        w.str(&e.id);
        w.key("kind");
        w.str(e.kind.code());
        w.key("date");
        date(w, e.date);
        if let Some(end) = e.end {
            w.key("end");
            date(w, end);
        }
        w.key("title");
        w.str(&e.title);
        if !e.note.is_empty() {
            w.key("note");
            w.str(&e.note);
        }
        if e.private {
            w.key("private");
            w.bool(true);
        }
        w.key("created");
        w.str(&e.created);
        w.key("updated");
        w.str(&e.updated);
        w.close('}');
    }
    w.close(']');
}

fn school(w: &mut Writer, s: &SchoolAnswers) {
    w.open('{');
    w.key("residence");
    opt_str(
        w,
        s.residence
            .and_then(|r| Residence::ALL.iter().position(|x| *x == r))
            .map(|i| RESIDENCE[i]),
    );
    w.key("education");
    opt_str(
        w,
        s.education
            .and_then(|e| Education::ALL.iter().position(|x| *x == e))
            .map(|i| EDUCATION[i]),
    );
    w.key("start");
    opt_date(w, s.start);
    w.key("end");
    opt_date(w, s.end);
    w.key("internship");
    match s.internship {
        Some(b) => w.bool(b),
        None => w.null(),
    }
    if s.done {
        w.key("done");
        w.bool(true);
    }
    w.close('}');
}

/// `{"y":2019}`, `{"y":2019,"m":3}` or `{"y":2019,"m":3,"d":3}`.
fn date(w: &mut Writer, d: PartialDate) {
    w.open('{');
    w.key("y");
    w.i32(d.year());
    if let Some(m) = d.month() {
        w.key("m");
        w.uint(m.into());
    }
    if let Some(day) = d.day() {
        w.key("d");
        w.uint(day.into());
    }
    w.close('}');
}

fn opt_date(w: &mut Writer, d: Option<PartialDate>) {
    match d {
        Some(d) => date(w, d),
        None => w.null(),
    }
}

fn opt_str(w: &mut Writer, s: Option<&str>) {
    match s {
        Some(s) => w.str(s),
        None => w.null(),
    }
}

fn read_doc(r: &mut Reader) -> Res<Document> {
    let mut d = Document::default();
    r.fields(&DOCUMENT, 0, 0, &mut |r, i| {
        match i {
            0 => d.profile = read_profile(r)?,
            1 => d.settings = read_settings(r)?,
            2 => d.entries = read_entries(r)?,
            3 => d.deleted = read_entries(r)?,
            4 => r.items(&mut |r| {
                d.dismissed.insert(r.string()?);
                Ok(())
            })?,
            5 => d.school = read_school(r)?,
            6 => r.items(&mut |r| {
                d.questions.push(read_question(r)?);
                Ok(())
            })?,
            7 => r.items(&mut |r| {
                d.agreements.push(read_agreement(r)?);
                Ok(())
            })?,
            8 => d.goals = read_goals(r)?,
            _ => r.entries(&mut |r, k| {
                let v = r.string()?;
                d.drafts.insert(k.to_string(), v);
                Ok(())
            })?,
        }
        Ok(())
    })?;
    Ok(d)
}

fn read_profile(r: &mut Reader) -> Res<Profile> {
    let mut p = Profile::default();
    r.fields(&PROFILE, 0, 0, &mut |r, i| {
        match i {
            0 => p.name = r.string()?,
            1 => p.birth = read_opt_date(r)?,
            _ => p.arrival = read_opt_date(r)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn read_settings(r: &mut Reader) -> Res<Settings> {
    let mut s = Settings::default();
    r.fields(&SETTINGS, 0, 0, &mut |r, i| {
        match i {
            0 => s.language = read_opt_str(r)?,
            1 => s.welcomed = r.bool()?,
            _ => s.lock_after = r.opt(|r| Ok(r.uint(u32::MAX.into())? as u32))?,
        }
        Ok(())
    })?;
    Ok(s)
}

fn read_entries(r: &mut Reader) -> Res<Vec<Entry>> {
    let mut out = Vec::new();
    r.items(&mut |r| {
        out.push(read_entry(r)?);
        Ok(())
    })?;
    Ok(out)
}

fn read_entry(r: &mut Reader) -> Res<Entry> {
    let mut e = Entry {
        id: String::new(),
        kind: EntryKind::Other,
        date: PartialDate::Year(2000),
        end: None,
        title: String::new(),
        note: String::new(),
        private: false,
        created: String::new(),
        updated: String::new(),
    };
    r.fields(&ENTRY, NEED_ENTRY, NEED_ENTRY, &mut |r, i| {
        match i {
            0 => e.id = r.string()?,
            1 => e.kind = EntryKind::from_code(&r.string()?).ok_or(Error)?,
            2 => e.date = read_date(r)?,
            3 => e.end = read_opt_date(r)?,
            4 => e.title = r.string()?,
            5 => e.note = r.string()?,
            6 => e.private = r.bool()?,
            7 => e.created = r.string()?,
            _ => e.updated = r.string()?,
        }
        Ok(())
    })?;
    Ok(e)
}

/// A partial date, checked as `PartialDate::from_parts` checks it.
pub fn read_date(r: &mut Reader) -> Res<PartialDate> {
    let (mut y, mut m, mut d) = (0, None, None);
    r.fields(&DATE, 1, 1, &mut |r, i| {
        match i {
            0 => y = r.i32()?,
            1 => m = read_opt_u8(r)?,
            _ => d = read_opt_u8(r)?,
        }
        Ok(())
    })?;
    PartialDate::from_parts(y, m, d).ok_or(Error)
}

fn read_opt_u8(r: &mut Reader) -> Res<Option<u8>> {
    r.opt(|r| Ok(r.uint(u8::MAX.into())? as u8))
}

fn read_opt_date(r: &mut Reader) -> Res<Option<PartialDate>> {
    r.opt(read_date)
}

pub fn read_opt_str(r: &mut Reader) -> Res<Option<String>> {
    r.opt(Reader::string)
}

fn read_school(r: &mut Reader) -> Res<SchoolAnswers> {
    let mut s = SchoolAnswers::default();
    r.fields(&SCHOOL, 0, 0, &mut |r, i| {
        match i {
            0 => s.residence = r.opt(|r| Ok(Residence::ALL[r.variant(&RESIDENCE)?]))?,
            1 => s.education = r.opt(|r| Ok(Education::ALL[r.variant(&EDUCATION)?]))?,
            2 => s.start = read_opt_date(r)?,
            3 => s.end = read_opt_date(r)?,
            4 => s.internship = r.opt(Reader::bool)?,
            _ => s.done = r.bool()?,
        }
        Ok(())
    })?;
    Ok(s)
}

fn read_who(r: &mut Reader) -> Res<Who> {
    Ok(Who::ALL[r.variant(&WHO)?])
}

fn read_question(r: &mut Reader) -> Res<Question> {
    let mut q = Question::default();
    r.fields(&QUESTION, 0, 0, &mut |r, i| {
        match i {
            0 => q.id = r.string()?,
            1 => q.link = read_opt_str(r)?,
            2 => q.text = r.string()?,
            3 => q.to = r.opt(read_who)?,
            4 => q.asked = r.bool()?,
            5 => q.answer = r.string()?,
            _ => q.created = r.string()?,
        }
        Ok(())
    })?;
    Ok(q)
}

fn read_agreement(r: &mut Reader) -> Res<Agreement> {
    let mut a = Agreement::default();
    r.fields(&AGREEMENT, 0, 0, &mut |r, i| {
        match i {
            0 => a.id = r.string()?,
            1 => a.what = r.string()?,
            2 => a.who = read_who(r)?,
            3 => a.by = read_opt_date(r)?,
            4 => a.done = r.bool()?,
            5 => a.created = r.string()?,
            _ => a.updated = r.string()?,
        }
        Ok(())
    })?;
    Ok(a)
}

fn read_goals(r: &mut Reader) -> Res<Goals> {
    let mut g = Goals::default();
    r.fields(&GOALS, 0, 0, &mut |r, i| {
        let s = r.string()?;
        match i {
            0 => g.learn = s,
            1 => g.need = s,
            _ => g.more = s,
        }
        Ok(())
    })?;
    Ok(g)
}

/// The talk session as JSON (what serde_json's `to_string` gives).
pub fn write_session(s: &Session) -> String {
    let mut w = Writer::default();
    w.open('{');
    w.key("step");
    w.uint(s.step.into());
    w.key("at");
    w.uint(s.at as u64);
    w.key("second");
    w.str(&s.second);
    w.key("topics");
    w.strings(&s.topics);
    w.close('}');
    w.out
}

pub fn read_session(text: &str) -> Res<Session> {
    json::read(text, |r| {
        let mut s = Session::default();
        r.fields(&SESSION, 0, 0, &mut |r, i| {
            match i {
                0 => s.step = r.uint(u8::MAX.into())? as u8,
                1 => s.at = r.uint(usize::MAX as u64)? as usize,
                2 => s.second = r.string()?,
                _ => s.topics = r.strings()?,
            }
            Ok(())
        })?;
        Ok(s)
    })
}

const CARD_FILE: [&str; 2] = ["language", "cards"];
const CARD: [&str; 10] = [
    "id", "title", "hard", "option", "related", "blocks", "help", "means", "need", "who",
];
/// id, title, blocks.
const NEED_CARD: u32 = 0b10_0011;
const BLOCK: [&str; 6] = ["type", "text", "facts", "claim", "checked", "items"];
const LINE: [&str; 3] = ["text", "facts", "claim"];
const BLOCK_KIND: [&str; 3] = ["paragraph", "list", "callout"];

/// Reads a card file (as serde_json's `from_str::<CardFile>`).
pub fn read_cards(text: &str) -> Res<CardFile> {
    json::read(text, |r| {
        let mut file = CardFile {
            language: String::new(),
            cards: Vec::new(),
        };
        r.fields(&CARD_FILE, 0b11, 0b11, &mut |r, i| {
            match i {
                0 => file.language = r.string()?,
                _ => r.items(&mut |r| {
                    file.cards.push(read_card(r)?);
                    Ok(())
                })?,
            }
            Ok(())
        })?;
        Ok(file)
    })
}

fn read_card(r: &mut Reader) -> Res<Card> {
    let mut c = Card {
        id: String::new(),
        title: String::new(),
        hard: false,
        option: false,
        related: Vec::new(),
        blocks: Vec::new(),
        help: Vec::new(),
        means: Block::default(),
        need: Block::default(),
        who: Block::default(),
    };
    r.fields(&CARD, NEED_CARD, NEED_CARD, &mut |r, i| {
        match i {
            0 => c.id = r.string()?,
            1 => c.title = r.string()?,
            2 => c.hard = r.bool()?,
            3 => c.option = r.bool()?,
            4 => c.related = r.strings()?,
            5 => r.items(&mut |r| {
                c.blocks.push(read_block(r)?);
                Ok(())
            })?,
            6 => c.help = read_lines(r)?,
            7 => c.means = read_block(r)?,
            8 => c.need = read_block(r)?,
            _ => c.who = read_block(r)?,
        }
        Ok(())
    })?;
    Ok(c)
}

fn read_block(r: &mut Reader) -> Res<Block> {
    // A block read from a file makes a claim unless it says otherwise (`claim` defaults to true).
    let mut b = Block {
        claim: true,
        ..Block::default()
    };
    r.fields(&BLOCK, 0, 0, &mut |r, i| {
        match i {
            0 => {
                b.kind = [BlockKind::Paragraph, BlockKind::List, BlockKind::Callout]
                    [r.variant(&BLOCK_KIND)?]
            }
            1 => b.text = r.string()?,
            2 => b.facts = r.strings()?,
            3 => b.claim = r.bool()?,
            4 => b.checked = r.string()?,
            _ => b.items = read_lines(r)?,
        }
        Ok(())
    })?;
    Ok(b)
}

fn read_lines(r: &mut Reader) -> Res<Vec<Line>> {
    let mut out = Vec::new();
    r.items(&mut |r| {
        let mut l = Line {
            text: String::new(),
            facts: Vec::new(),
            claim: true,
        };
        r.fields(&LINE, 1, 1, &mut |r, i| {
            match i {
                0 => l.text = r.string()?,
                1 => l.facts = r.strings()?,
                _ => l.claim = r.bool()?,
            }
            Ok(())
        })?;
        out.push(l);
        Ok(())
    })?;
    Ok(out)
}
