//! The pure core of Koers: the document and the rules. No web-sys, no signals, no storage; all host-tested.

pub mod backup;
pub mod calendar;
pub mod codec;
pub mod content;
pub mod date;
pub mod education;
pub mod facts;
pub mod json;
pub mod limits;
pub mod milestones;
pub mod order;
pub mod plan;
pub mod speech;
pub mod state;
pub mod talk;
pub mod timeline;
