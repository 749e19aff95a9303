//! Small reusable components, one per file.

pub mod bottom_nav;
pub mod calendar_export;
pub mod data_rescue;
pub mod dates_card;
pub mod entry_form;
pub mod entry_item;
pub mod field_error;
pub mod format;
pub mod icon;
pub mod install_card;
pub mod kind_filter;
pub mod language_picker;
pub mod milestone_item;
pub mod notices;
pub mod now_card;
pub mod offline_badge;
pub mod page_intro;
pub mod partial_date_input;
pub mod storage_notice;
pub mod text;
pub mod timeline_line;
pub mod top_bar;
pub mod undo_bar;
pub mod update_prompt;
