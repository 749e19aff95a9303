//! The whole document the young person owns (profile, settings, timeline), the actions that change it,
//! and the pure `apply` that every change goes through.

use super::date::PartialDate;
use super::education::SchoolAnswers;
use super::plan::{
    self, Agreement, AgreementInput, Goals, MAX_LONG_CHARS, MAX_SHORT_CHARS, QuestionInput, Who,
};
use super::timeline::{Entry, EntryInput, MAX_NOTE_CHARS, MAX_TITLE_CHARS};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What is left of a deleted entry once Undo is gone: its id only.
fn tombstone(id: String) -> Entry {
    Entry {
        id,
        kind: crate::domain::timeline::EntryKind::Other,
        date: PartialDate::Year(2000),
        end: None,
        title: String::new(),
        note: String::new(),
        private: false,
        created: String::new(),
        updated: String::new(),
    }
}

/// Whether a deleted entry is only its id (see [`tombstone`]).
pub fn is_forgotten(e: &Entry) -> bool {
    e.title.is_empty() && e.created.is_empty()
}

/// How many deleted entries are kept for Undo.
pub const KEEP_DELETED: usize = 20;

/// Longest name we keep. A name is what the user wants to be called, not an identity.
pub const MAX_NAME_CHARS: usize = 60;

/// Everything Koers stores about the user. Derived things (age, milestones) are never stored here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub profile: Profile,
    pub settings: Settings,
    /// The timeline, in the order entries were added (the page sorts them).
    pub entries: Vec<Entry>,
    /// Recently deleted entries, newest last, so Undo works even after a reload.
    pub deleted: Vec<Entry>,
    /// Ids of milestones the user put away.
    pub dismissed: BTreeSet<String>,
    /// The answers of the school check.
    pub school: SchoolAnswers,
    /// Questions the young person wants to ask someone (My plan shows them).
    pub questions: Vec<Question>,
    /// What was agreed, with whom, by when (My plan; dated ones show on the timeline).
    pub agreements: Vec<Agreement>,
    /// Goals for the next months.
    pub goals: Goals,
    /// Half-written forms (a new entry, a plan question, an agreement), by form field, such as
    /// `entry.title`. Kept in the document, so a draft survives a closed tab and is locked with the rest.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub drafts: BTreeMap<String, String>,
}

/// A question to ask. `link` points at what it is about, such as `finding:lesgeld`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Question {
    pub id: String,
    pub link: Option<String>,
    /// The young person's own words; may be empty when `link` says enough.
    pub text: String,
    /// Whom to ask, when chosen.
    pub to: Option<Who>,
    pub asked: bool,
    pub answer: String,
    pub created: String,
}

/// Who the user is, as far as they want to tell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// What to call the user. Empty means "no name given"; that is fine.
    pub name: String,
    /// Birth date, as precise as known. Many know only the year.
    pub birth: Option<PartialDate>,
    /// Arrival in the Netherlands, as precise as known.
    pub arrival: Option<PartialDate>,
}

/// Choices about the app itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// A BCP 47 language code such as "nl", "en" or "ar". `None` until the user chose.
    pub language: Option<String>,
    /// The first-run welcome has been completed.
    pub welcomed: bool,
    /// With a passphrase set: lock after this many minutes in the background. `None` means the default (5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_after: Option<u32>,
}

/// Minutes in the background before the app locks itself, when the user chose nothing.
pub const DEFAULT_LOCK_AFTER: u32 = 5;
/// The choices for auto-lock, in minutes.
pub const LOCK_AFTER_CHOICES: [u32; 4] = [1, 5, 15, 60];
/// Longest value of one draft field (the longest field: a half-written note is never cut), and how many
/// draft fields are kept.
pub const MAX_DRAFT_CHARS: usize = MAX_NOTE_CHARS;
pub const MAX_DRAFTS: usize = 40;

/// A change the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetName(String),
    SetLanguage(String),
    /// The welcome screen's "Start": name (may be empty) and language together.
    FinishWelcome {
        name: String,
        language: String,
    },
    SetBirth(Option<PartialDate>),
    SetArrival(Option<PartialDate>),
    /// Adds an entry. `id` must be new; `now` is an ISO timestamp.
    AddEntry {
        id: String,
        input: EntryInput,
        now: String,
    },
    EditEntry {
        id: String,
        input: EntryInput,
        now: String,
    },
    DeleteEntry {
        id: String,
    },
    /// Brings a deleted entry back (Undo).
    RestoreEntry {
        id: String,
    },
    /// Undo is no longer offered: deleted entries lose everything but their id (which stays, so an
    /// older backup cannot bring them back). `keep` is the one the Undo bar still offers.
    ForgetDeleted {
        keep: Option<String>,
    },
    DismissMilestone {
        id: String,
    },
    /// Brings a suggestion back that was put away (Undo), or all of them (`None`, from Me).
    RestoreMilestone {
        id: Option<String>,
    },
    SetSchool(SchoolAnswers),
    /// Saves a question about `link`, unless an unasked one about it exists already.
    AskAbout {
        id: String,
        link: String,
        now: String,
    },
    /// A question in the young person's own words (My plan, or during a conversation).
    AddQuestion {
        id: String,
        input: QuestionInput,
        now: String,
    },
    EditQuestion {
        id: String,
        input: QuestionInput,
    },
    /// Marks a question asked (or not yet) and keeps the answer.
    AnswerQuestion {
        id: String,
        asked: bool,
        answer: String,
    },
    DeleteQuestion {
        id: String,
    },
    AddAgreement {
        id: String,
        input: AgreementInput,
        now: String,
    },
    EditAgreement {
        id: String,
        input: AgreementInput,
        now: String,
    },
    SetAgreementDone {
        id: String,
        done: bool,
        now: String,
    },
    DeleteAgreement {
        id: String,
    },
    SetGoals(Goals),
    /// Keeps (or, with an empty value, drops) one field of a half-written form.
    SetDraft {
        key: String,
        value: String,
    },
    /// Drops every draft field whose key starts with `prefix` (the form was saved or cancelled).
    ClearDrafts {
        prefix: String,
    },
    SetLockAfter(u32),
    /// An imported backup replaces everything (after the user chose "replace").
    ReplaceAll(Box<Document>),
    /// An imported backup is merged in by id, keeping the newer version of each item.
    MergeIn(Box<Document>),
    /// Puts back exactly the document from before an import that could not be stored (a full disk).
    Restore(Box<Document>),
}

/// Returns the document after `action`. Pure: the same input always gives the same output.
pub fn apply(doc: &Document, action: Action) -> Document {
    let mut next = doc.clone();
    match action {
        Action::SetName(name) => next.profile.name = clean_name(&name),
        Action::SetLanguage(code) => next.settings.language = clean_language(&code),
        Action::FinishWelcome { name, language } => {
            next.profile.name = clean_name(&name);
            next.settings.language = clean_language(&language).or(next.settings.language);
            next.settings.welcomed = true;
        }
        Action::SetBirth(date) => next.profile.birth = date,
        Action::SetArrival(date) => next.profile.arrival = date,
        Action::AddEntry { id, input, now } => {
            let taken = next.entries.iter().chain(&next.deleted).any(|e| e.id == id);
            if !taken && !id.is_empty() {
                next.entries.push(entry_from(id, input, now.clone(), now));
            }
        }
        Action::EditEntry { id, input, now } => {
            if let Some(e) = next.entries.iter_mut().find(|e| e.id == id) {
                *e = entry_from(id, input, e.created.clone(), now);
            }
        }
        Action::DeleteEntry { id } => {
            if let Some(pos) = next.entries.iter().position(|e| e.id == id) {
                next.deleted.push(next.entries.remove(pos));
                let extra = next.deleted.len().saturating_sub(KEEP_DELETED);
                next.deleted.drain(..extra);
            }
        }
        Action::RestoreEntry { id } => {
            if let Some(pos) = next.deleted.iter().position(|e| e.id == id) {
                next.entries.push(next.deleted.remove(pos));
            }
        }
        Action::ForgetDeleted { keep } => {
            for e in &mut next.deleted {
                if Some(&e.id) != keep.as_ref() {
                    *e = tombstone(std::mem::take(&mut e.id));
                }
            }
        }
        Action::DismissMilestone { id } => {
            next.dismissed.insert(id);
        }
        Action::RestoreMilestone { id: Some(id) } => {
            next.dismissed.remove(&id);
        }
        Action::RestoreMilestone { id: None } => next.dismissed.clear(),
        Action::SetSchool(answers) => next.school = answers,
        Action::AskAbout { id, link, now } => {
            let open = next
                .questions
                .iter()
                .any(|q| !q.asked && q.link.as_deref() == Some(link.as_str()));
            if !open && !id.is_empty() {
                next.questions.push(Question {
                    id,
                    link: Some(link),
                    created: now,
                    ..Question::default()
                });
            }
        }
        Action::AddQuestion { id, input, now } => {
            let text = plan::clean(&input.text, MAX_SHORT_CHARS);
            if !id.is_empty() && !text.is_empty() && !next.questions.iter().any(|q| q.id == id) {
                next.questions.push(Question {
                    id,
                    text,
                    to: input.to,
                    created: now,
                    ..Question::default()
                });
            }
        }
        Action::EditQuestion { id, input } => {
            if let Some(q) = next.questions.iter_mut().find(|q| q.id == id) {
                q.text = plan::clean(&input.text, MAX_SHORT_CHARS);
                q.to = input.to;
            }
        }
        Action::AnswerQuestion { id, asked, answer } => {
            if let Some(q) = next.questions.iter_mut().find(|q| q.id == id) {
                q.asked = asked;
                q.answer = plan::clean(&answer, MAX_LONG_CHARS);
            }
        }
        Action::DeleteQuestion { id } => next.questions.retain(|q| q.id != id),
        Action::AddAgreement { id, input, now } => {
            if !next.agreements.iter().any(|a| a.id == id) {
                next.agreements
                    .extend(plan::agreement_from(id, input, &now));
            }
        }
        Action::EditAgreement { id, input, now } => {
            if let Some(a) = next.agreements.iter_mut().find(|a| a.id == id) {
                let what = plan::clean(&input.what, MAX_SHORT_CHARS);
                if !what.is_empty() {
                    (a.what, a.who, a.by, a.updated) = (what, input.who, input.by, now);
                }
            }
        }
        Action::SetAgreementDone { id, done, now } => {
            if let Some(a) = next.agreements.iter_mut().find(|a| a.id == id) {
                (a.done, a.updated) = (done, now);
            }
        }
        Action::DeleteAgreement { id } => next.agreements.retain(|a| a.id != id),
        Action::SetGoals(goals) => {
            next.goals = Goals {
                learn: plan::clean(&goals.learn, MAX_LONG_CHARS),
                need: plan::clean(&goals.need, MAX_LONG_CHARS),
                more: plan::clean(&goals.more, MAX_LONG_CHARS),
            }
        }
        Action::SetDraft { key, value } => {
            let value: String = value.chars().take(MAX_DRAFT_CHARS).collect();
            if value.is_empty() {
                next.drafts.remove(&key);
            } else if next.drafts.contains_key(&key) || next.drafts.len() < MAX_DRAFTS {
                next.drafts.insert(key, value);
            }
        }
        Action::ClearDrafts { prefix } => next.drafts.retain(|k, _| !k.starts_with(&prefix)),
        Action::SetLockAfter(minutes) => {
            if LOCK_AFTER_CHOICES.contains(&minutes) {
                next.settings.lock_after = Some(minutes);
            }
        }
        Action::ReplaceAll(doc) => {
            // The import is a whole document; this phone's language choice and welcome stay.
            let settings = next.settings.clone();
            next = *doc;
            next.settings.language = settings.language.or(next.settings.language);
            next.settings.welcomed = true;
        }
        Action::MergeIn(doc) => {
            next = super::backup::merge(&next, &doc);
            next.settings.welcomed = true;
        }
        Action::Restore(doc) => next = *doc,
    }
    next
}

/// An entry from checked form input; text is trimmed and cut to its limits whatever the caller sent.
fn entry_from(id: String, input: EntryInput, created: String, updated: String) -> Entry {
    let end = input
        .end
        .filter(|e| e.range().latest >= input.date.earliest());
    Entry {
        id,
        kind: input.kind,
        date: input.date,
        end,
        title: input.title.trim().chars().take(MAX_TITLE_CHARS).collect(),
        note: input.note.trim_end().chars().take(MAX_NOTE_CHARS).collect(),
        private: input.private,
        created,
        updated,
    }
}

/// Trims the name, folds inner white space and keeps at most [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect()
}

/// A language code is kept only when it looks like one (letters and hyphens, 2 to 12 long).
fn clean_language(code: &str) -> Option<String> {
    let code = code.trim();
    let ok =
        (2..=12).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    ok.then(|| code.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {

    #[test]
    fn drafts_are_kept_limited_and_cleared() {
        let doc = Document::default();
        let doc = apply(
            &doc,
            Action::SetDraft {
                key: "entry.title".into(),
                value: "Half".into(),
            },
        );
        let doc = apply(
            &doc,
            Action::SetDraft {
                key: "entry.note".into(),
                value: "x".repeat(MAX_DRAFT_CHARS + 9),
            },
        );
        let doc = apply(
            &doc,
            Action::SetDraft {
                key: "question.text".into(),
                value: "Vraag".into(),
            },
        );
        assert_eq!(doc.drafts["entry.title"], "Half");
        assert_eq!(doc.drafts["entry.note"].chars().count(), MAX_DRAFT_CHARS);
        let cleared = apply(
            &doc,
            Action::ClearDrafts {
                prefix: "entry.".into(),
            },
        );
        assert_eq!(cleared.drafts.len(), 1);
        assert_eq!(cleared.drafts["question.text"], "Vraag");
        let emptied = apply(
            &cleared,
            Action::SetDraft {
                key: "question.text".into(),
                value: String::new(),
            },
        );
        assert!(emptied.drafts.is_empty());
        let mut full = Document::default();
        for n in 0..MAX_DRAFTS + 3 {
            full = apply(
                &full,
                Action::SetDraft {
                    key: format!("k{n}"),
                    value: "v".into(),
                },
            );
        }
        assert_eq!(full.drafts.len(), MAX_DRAFTS);
    }

    #[test]
    fn lock_after_takes_only_the_offered_choices() {
        let doc = apply(&Document::default(), Action::SetLockAfter(15));
        assert_eq!(doc.settings.lock_after, Some(15));
        assert_eq!(
            apply(&doc, Action::SetLockAfter(7)).settings.lock_after,
            Some(15)
        );
    }

    #[test]
    fn restore_puts_back_exactly_what_was_there_even_the_welcome() {
        let mut before = Document::default();
        before.settings.language = Some("ar".into());
        let mut incoming = Document::default();
        incoming.profile.name = "Sara".into();
        let imported = apply(&before, Action::ReplaceAll(Box::new(incoming)));
        assert_ne!(imported, before);
        assert_eq!(
            apply(&imported, Action::Restore(Box::new(before.clone()))),
            before
        );
        assert!(!before.settings.welcomed);
    }

    #[test]
    fn replace_all_keeps_this_phones_language() {
        let mut here = Document::default();
        here.settings.language = Some("ar".into());
        let mut incoming = Document::default();
        incoming.profile.name = "Sara".into();
        incoming.settings.language = Some("nl".into());
        let doc = apply(&here, Action::ReplaceAll(Box::new(incoming)));
        assert_eq!(doc.profile.name, "Sara");
        assert_eq!(doc.settings.language.as_deref(), Some("ar"));
        assert!(doc.settings.welcomed);
    }
    use super::*;
    use crate::domain::timeline::EntryKind;

    #[test]
    fn set_name_trims_and_limits() {
        let cases = [
            ("  Amira  ", "Amira"),
            ("Abdi   Yusuf", "Abdi Yusuf"),
            ("", ""),
            ("   ", ""),
            ("سارة", "سارة"),
        ];
        for (input, want) in cases {
            let doc = apply(&Document::default(), Action::SetName(input.into()));
            assert_eq!(doc.profile.name, want, "input {input:?}");
        }
        let long = "é".repeat(200);
        let doc = apply(&Document::default(), Action::SetName(long));
        assert_eq!(doc.profile.name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn set_language_accepts_codes_only() {
        let cases = [
            ("ar", Some("ar")),
            ("NL", Some("nl")),
            ("ti-ER", Some("ti-er")),
            ("", None),
            ("<b>", None),
        ];
        for (input, want) in cases {
            let doc = apply(&Document::default(), Action::SetLanguage(input.into()));
            assert_eq!(doc.settings.language.as_deref(), want, "input {input:?}");
        }
    }

    #[test]
    fn finish_welcome_sets_everything_and_keeps_the_input_untouched() {
        let before = Document::default();
        let after = apply(
            &before,
            Action::FinishWelcome {
                name: " Sami ".into(),
                language: "ar".into(),
            },
        );
        assert_eq!(after.profile.name, "Sami");
        assert_eq!(after.settings.language.as_deref(), Some("ar"));
        assert!(after.settings.welcomed);
        assert_eq!(
            before,
            Document::default(),
            "apply must not change its input"
        );
    }

    fn input(title: &str) -> EntryInput {
        EntryInput {
            kind: EntryKind::GoodMoment,
            date: PartialDate::Year(2024),
            end: None,
            title: title.into(),
            note: "  note  ".into(),
            private: false,
        }
    }

    fn add(doc: &Document, id: &str, title: &str, now: &str) -> Document {
        apply(
            doc,
            Action::AddEntry {
                id: id.into(),
                input: input(title),
                now: now.into(),
            },
        )
    }

    #[test]
    fn add_edit_delete_restore() {
        let doc = add(&Document::default(), "a", "  Eerste dag school ", "t1");
        assert_eq!(doc.entries.len(), 1);
        let e = &doc.entries[0];
        assert_eq!(
            (e.title.as_str(), e.note.as_str(), e.created.as_str()),
            ("Eerste dag school", "  note", "t1")
        );
        // The same id twice is ignored.
        assert_eq!(add(&doc, "a", "Other", "t2").entries.len(), 1);

        let mut changed = input("Eerste dag");
        changed.private = true;
        let doc = apply(
            &doc,
            Action::EditEntry {
                id: "a".into(),
                input: changed,
                now: "t3".into(),
            },
        );
        let e = &doc.entries[0];
        assert_eq!(
            (
                e.title.as_str(),
                e.private,
                e.created.as_str(),
                e.updated.as_str()
            ),
            ("Eerste dag", true, "t1", "t3")
        );

        let doc = apply(&doc, Action::DeleteEntry { id: "a".into() });
        assert!(doc.entries.is_empty());
        assert_eq!(doc.deleted.len(), 1);
        // A deleted id cannot be reused, so Undo always brings back the right one.
        assert!(add(&doc, "a", "New", "t4").entries.is_empty());
        let doc = apply(&doc, Action::RestoreEntry { id: "a".into() });
        assert_eq!(doc.entries[0].title, "Eerste dag");
        assert!(doc.deleted.is_empty());
    }

    /// Walk D6: once Undo is gone, a deleted entry's words and date leave the document (and so storage
    /// and every copy); its id stays, so it cannot come back from an older backup.
    #[test]
    fn a_deleted_entry_is_forgotten_once_undo_is_gone() {
        let doc = add(&Document::default(), "a", "Secret talk", "t1");
        let doc = add(&doc, "b", "Other secret", "t2");
        let doc = apply(&doc, Action::DeleteEntry { id: "a".into() });
        let doc = apply(&doc, Action::DeleteEntry { id: "b".into() });
        let doc = apply(
            &doc,
            Action::ForgetDeleted {
                keep: Some("b".into()),
            },
        );
        let json = serde_json::to_string(&doc).unwrap();
        assert!(!json.contains("Secret talk"), "{json}");
        assert!(json.contains("Other secret"), "the one Undo offers stays");
        let doc = apply(&doc, Action::ForgetDeleted { keep: None });
        let json = serde_json::to_string(&doc).unwrap();
        assert!(!json.contains("secret"), "{json}");
        assert!(!json.contains("t1") && !json.contains("t2"), "{json}");
        assert_eq!(doc.deleted.len(), 2);
        assert!(add(&doc, "a", "New", "t4").entries.is_empty());
        assert!(doc.deleted.iter().all(is_forgotten));
    }

    #[test]
    fn only_the_last_deleted_entries_are_kept() {
        let mut doc = Document::default();
        for i in 0..30 {
            doc = add(&doc, &format!("e{i}"), "x", "t");
            doc = apply(
                &doc,
                Action::DeleteEntry {
                    id: format!("e{i}"),
                },
            );
        }
        assert_eq!(doc.deleted.len(), KEEP_DELETED);
        assert_eq!(doc.deleted.last().unwrap().id, "e29");
    }

    #[test]
    fn unknown_ids_change_nothing() {
        let doc = add(&Document::default(), "a", "x", "t");
        for action in [
            Action::EditEntry {
                id: "zz".into(),
                input: input("y"),
                now: "t".into(),
            },
            Action::DeleteEntry { id: "zz".into() },
            Action::RestoreEntry { id: "zz".into() },
        ] {
            assert_eq!(apply(&doc, action), doc);
        }
    }

    #[test]
    fn text_limits_and_a_bad_end_are_enforced_by_apply_too() {
        let mut i = input(&"t".repeat(3000));
        i.date = PartialDate::Year(2025);
        i.end = Some(PartialDate::Year(2020));
        let doc = apply(
            &Document::default(),
            Action::AddEntry {
                id: "a".into(),
                input: i,
                now: "t".into(),
            },
        );
        assert_eq!(doc.entries[0].title.chars().count(), MAX_TITLE_CHARS);
        assert_eq!(doc.entries[0].end, None);
    }

    #[test]
    fn profile_dates_and_dismissals() {
        let doc = apply(
            &Document::default(),
            Action::SetBirth(Some(PartialDate::Year(2009))),
        );
        assert_eq!(doc.profile.birth, Some(PartialDate::Year(2009)));
        let doc = apply(
            &doc,
            Action::SetArrival(Some(PartialDate::YearMonth(2023, 8))),
        );
        assert_eq!(doc.profile.arrival, Some(PartialDate::YearMonth(2023, 8)));
        let doc = apply(
            &doc,
            Action::DismissMilestone {
                id: "birthday-16".into(),
            },
        );
        assert!(doc.dismissed.contains("birthday-16"));
        // Walk D11: put away is undone, or everything comes back from Me.
        let two = apply(
            &doc,
            Action::DismissMilestone {
                id: "birthday-17".into(),
            },
        );
        let undone = apply(
            &two,
            Action::RestoreMilestone {
                id: Some("birthday-17".into()),
            },
        );
        assert_eq!(undone.dismissed, doc.dismissed);
        assert!(
            apply(&two, Action::RestoreMilestone { id: None })
                .dismissed
                .is_empty()
        );
        assert_eq!(apply(&doc, Action::SetBirth(None)).profile.birth, None);
    }

    #[test]
    fn school_answers_and_questions() {
        use crate::domain::education::{Education, Residence};
        let answers = SchoolAnswers {
            residence: Some(Residence::Rejected),
            education: Some(Education::MboBol),
            ..SchoolAnswers::default()
        };
        let doc = apply(&Document::default(), Action::SetSchool(answers.clone()));
        assert_eq!(doc.school, answers);
        let ask = |doc: &Document, id: &str| {
            apply(
                doc,
                Action::AskAbout {
                    id: id.into(),
                    link: "finding:lesgeld".into(),
                    now: "t".into(),
                },
            )
        };
        let doc = ask(&doc, "q1");
        assert_eq!(doc.questions.len(), 1);
        assert_eq!(doc.questions[0].link.as_deref(), Some("finding:lesgeld"));
        // Asking again about the same thing while it is still open adds nothing.
        assert_eq!(ask(&doc, "q2").questions.len(), 1);
    }

    #[test]
    fn finish_welcome_without_a_name_is_fine() {
        let after = apply(
            &Document::default(),
            Action::FinishWelcome {
                name: String::new(),
                language: "nl".into(),
            },
        );
        assert_eq!(after.profile.name, "");
        assert!(after.settings.welcomed);
    }

    #[test]
    fn plan_questions_are_added_edited_answered_and_deleted() {
        let q = |text: &str, to| QuestionInput {
            text: text.into(),
            to,
        };
        let doc = apply(
            &Document::default(),
            Action::AddQuestion {
                id: "q1".into(),
                input: q("  Mag ik stage lopen?  ", Some(Who::Mentor)),
                now: "t1".into(),
            },
        );
        assert_eq!(doc.questions.len(), 1);
        assert_eq!(doc.questions[0].text, "Mag ik stage lopen?");
        assert_eq!(doc.questions[0].to, Some(Who::Mentor));
        // No empty questions, no second question with the same id.
        let same = apply(
            &doc,
            Action::AddQuestion {
                id: "q2".into(),
                input: q("   ", None),
                now: "t".into(),
            },
        );
        assert_eq!(same, doc);
        let same = apply(
            &doc,
            Action::AddQuestion {
                id: "q1".into(),
                input: q("Nog een", None),
                now: "t".into(),
            },
        );
        assert_eq!(same, doc);
        let doc = apply(
            &doc,
            Action::EditQuestion {
                id: "q1".into(),
                input: q("Mag ik stage lopen bij een garage?", Some(Who::School)),
            },
        );
        assert_eq!(doc.questions[0].to, Some(Who::School));
        let doc = apply(
            &doc,
            Action::AnswerQuestion {
                id: "q1".into(),
                asked: true,
                answer: " Ja, als de stage verplicht is. ".into(),
            },
        );
        assert!(doc.questions[0].asked);
        assert_eq!(doc.questions[0].answer, "Ja, als de stage verplicht is.");
        let doc = apply(&doc, Action::DeleteQuestion { id: "q1".into() });
        assert!(doc.questions.is_empty());
    }

    #[test]
    fn plan_agreements_are_added_edited_done_and_deleted() {
        let input = |what: &str| AgreementInput {
            what: what.into(),
            who: Who::Voogd,
            by: Some(PartialDate::YearMonth(2027, 3)),
        };
        let doc = apply(
            &Document::default(),
            Action::AddAgreement {
                id: "a1".into(),
                input: input("Brief van DUO meenemen"),
                now: "t1".into(),
            },
        );
        assert_eq!(doc.agreements.len(), 1);
        assert_eq!(doc.agreements[0].who, Who::Voogd);
        assert_eq!(
            apply(
                &doc,
                Action::AddAgreement {
                    id: "a1".into(),
                    input: input("dubbel"),
                    now: "t2".into()
                }
            ),
            doc
        );
        // An edit to nothing keeps the agreement as it was.
        assert_eq!(
            apply(
                &doc,
                Action::EditAgreement {
                    id: "a1".into(),
                    input: input(" "),
                    now: "t2".into()
                }
            ),
            doc
        );
        let doc = apply(
            &doc,
            Action::EditAgreement {
                id: "a1".into(),
                input: AgreementInput {
                    what: "Brief van DUO meenemen naar de mentor".into(),
                    who: Who::Me,
                    by: None,
                },
                now: "t2".into(),
            },
        );
        assert_eq!(
            (
                doc.agreements[0].who,
                doc.agreements[0].by,
                doc.agreements[0].updated.as_str()
            ),
            (Who::Me, None, "t2")
        );
        assert_eq!(doc.agreements[0].created, "t1");
        let doc = apply(
            &doc,
            Action::SetAgreementDone {
                id: "a1".into(),
                done: true,
                now: "t3".into(),
            },
        );
        assert!(doc.agreements[0].done);
        let doc = apply(&doc, Action::DeleteAgreement { id: "a1".into() });
        assert!(doc.agreements.is_empty());
    }

    #[test]
    fn goals_are_trimmed_and_kept() {
        let doc = apply(
            &Document::default(),
            Action::SetGoals(Goals {
                learn: " Lassen ".into(),
                need: "Een telefoon die werkt\n".into(),
                more: "x".repeat(MAX_LONG_CHARS + 5),
            }),
        );
        assert_eq!(doc.goals.learn, "Lassen");
        assert_eq!(doc.goals.need, "Een telefoon die werkt");
        assert_eq!(doc.goals.more.chars().count(), MAX_LONG_CHARS);
    }
}
