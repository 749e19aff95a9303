//! Small reusable components, one per file.

pub mod bottom_nav;
pub mod data_rescue;
pub mod icon;
pub mod install_card;
pub mod language_picker;
pub mod notices;
pub mod offline_badge;
pub mod page_intro;
pub mod storage_notice;
pub mod top_bar;
pub mod update_prompt;
