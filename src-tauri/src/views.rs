//! View models: everything the UI renders, formatted in Rust and ready to show.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::l10n::{id, Chain, Direction, Localizer, MessageId};

/// The file whose messages the UI receives whole, as its chrome.
const UI_FILE: &str = "ui.ftl";

/// The topics on the home screen, in the order shown.
const TOPICS: &[(&str, MessageId, MessageId)] = &[
    ("mitid", id::TOPIC_MITID, id::TOPIC_MITID_SUMMARY),
    (
        "digital-post",
        id::TOPIC_DIGITAL_POST,
        id::TOPIC_DIGITAL_POST_SUMMARY,
    ),
    (
        "self-service",
        id::TOPIC_SELF_SERVICE,
        id::TOPIC_SELF_SERVICE_SUMMARY,
    ),
    (
        "helping-others",
        id::TOPIC_HELPING_OTHERS,
        id::TOPIC_HELPING_OTHERS_SUMMARY,
    ),
];

/// The whole UI in one locale: chrome text, languages to pick and the home topics.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UiView {
    /// The chosen locale's tag, for `<html lang>`.
    pub locale: String,
    /// The chosen locale's direction, for `<html dir>`.
    pub dir: Direction,
    /// The chrome messages by ID.
    pub text: BTreeMap<String, String>,
    /// Every language, each named in itself.
    pub languages: Vec<LanguageOption>,
    /// The home screen's topics.
    pub topics: Vec<TopicView>,
}

/// One language on the language picker.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageOption {
    /// The BCP 47 tag.
    pub tag: String,
    /// The language's own name, in its own script.
    pub name: String,
    /// The direction to render the name in.
    pub dir: Direction,
}

/// One topic on the home screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TopicView {
    /// A stable ID for the topic.
    pub id: &'static str,
    /// The topic's title.
    pub title: String,
    /// One line on what the topic teaches.
    pub summary: String,
}

/// Builds the UI view for a fallback chain.
pub fn ui_view(l10n: &Localizer, chain: &Chain) -> UiView {
    let languages = l10n
        .available()
        .into_iter()
        .map(|locale| LanguageOption {
            tag: locale.tag(),
            name: l10n.language_name(locale),
            dir: locale.direction(),
        })
        .collect();
    let topics = TOPICS
        .iter()
        .map(|&(id, title, summary)| TopicView {
            id,
            title: l10n.format(chain, title, None),
            summary: l10n.format(chain, summary, None),
        })
        .collect();
    UiView {
        locale: chain.primary().tag(),
        dir: chain.primary().direction(),
        text: l10n.format_file(chain, UI_FILE),
        languages,
        topics,
    }
}
