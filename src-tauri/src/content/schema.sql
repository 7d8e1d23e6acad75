-- The content store. Text columns hold IDs; every human-readable text is a Fluent message
-- whose ID follows from these (guide-<id>-title, screen-<term>, ...).
CREATE TABLE topic (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE guide (
    id TEXT PRIMARY KEY,
    minutes INTEGER NOT NULL
) STRICT;

CREATE TABLE topic_guide (
    topic_id TEXT NOT NULL REFERENCES topic(id),
    guide_id TEXT NOT NULL REFERENCES guide(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (topic_id, position)
) STRICT;

CREATE TABLE step (
    guide_id TEXT NOT NULL REFERENCES guide(id),
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    illustration TEXT,
    PRIMARY KEY (guide_id, position)
) STRICT;

-- A short check after a guide's last step: a question and its answers, one of them right.
CREATE TABLE question (
    guide_id TEXT NOT NULL REFERENCES guide(id),
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    right_option TEXT NOT NULL,
    PRIMARY KEY (guide_id, position),
    UNIQUE (guide_id, id)
) STRICT;

CREATE TABLE question_option (
    guide_id TEXT NOT NULL,
    question_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (guide_id, question_position, position),
    FOREIGN KEY (guide_id, question_position) REFERENCES question(guide_id, position)
) STRICT;

CREATE TABLE term (
    id TEXT PRIMARY KEY
) STRICT;

CREATE TABLE step_term (
    guide_id TEXT NOT NULL,
    step_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    term_id TEXT NOT NULL REFERENCES term(id),
    PRIMARY KEY (guide_id, step_position, position),
    FOREIGN KEY (guide_id, step_position) REFERENCES step(guide_id, position)
) STRICT;

-- Facts that change (phone numbers, ages, prices), passed to every message as variables.
CREATE TABLE fact (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    is_number INTEGER NOT NULL,
    source TEXT NOT NULL
) STRICT;

CREATE TABLE flow (
    id TEXT PRIMARY KEY,
    start_screen TEXT NOT NULL
) STRICT;

CREATE TABLE topic_flow (
    topic_id TEXT NOT NULL REFERENCES topic(id),
    flow_id TEXT NOT NULL REFERENCES flow(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (topic_id, position)
) STRICT;

CREATE TABLE screen (
    flow_id TEXT NOT NULL REFERENCES flow(id),
    id TEXT NOT NULL,
    is_end INTEGER NOT NULL,
    -- 1 for a picture of another device that is only ever drawn beside a screen.
    is_backdrop INTEGER NOT NULL,
    -- 'browser', 'phone', 'phone-browser' or 'device': where the simulated screen is drawn.
    frame TEXT NOT NULL,
    -- The web address shown in a browser frame's address bar.
    address TEXT,
    -- A screen on the other device, drawn beside this one as it stands meanwhile.
    beside TEXT,
    PRIMARY KEY (flow_id, id),
    FOREIGN KEY (flow_id, beside) REFERENCES screen(flow_id, id)
) STRICT;

-- A control on a simulated screen; its Danish label is the glossary term's screen label.
CREATE TABLE widget (
    flow_id TEXT NOT NULL,
    screen_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    term_id TEXT REFERENCES term(id),
    -- The fact holding the practice value typed into it or shown on it.
    practice_fact TEXT REFERENCES fact(name),
    -- The Danish screen message naming who asks, on an app request.
    asker TEXT,
    -- A Danish screen message shown in place of a term: made-up content such as a subject.
    label TEXT,
    -- A letter's sender and its secondary line (the date), as Danish screen messages.
    sender TEXT,
    detail TEXT,
    -- 1 for a letter not yet read, 1 for a letter with a file attached, 1 for a control the
    -- real system does not allow here (drawn greyed out).
    unread INTEGER NOT NULL,
    attachment INTEGER NOT NULL,
    disabled INTEGER NOT NULL,
    PRIMARY KEY (flow_id, screen_id, position),
    UNIQUE (flow_id, screen_id, id),
    FOREIGN KEY (flow_id, screen_id) REFERENCES screen(flow_id, id)
) STRICT;

CREATE TABLE action (
    flow_id TEXT NOT NULL,
    screen_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    widget_id TEXT NOT NULL,
    goto_screen TEXT NOT NULL,
    -- 1 for the action the guidance asks for; any other is a mistake with feedback.
    is_right INTEGER NOT NULL,
    -- A widget whose typed value must be its practice value, else the action leads to
    -- otherwise_screen (an error screen) as a mistake.
    check_widget TEXT,
    otherwise_screen TEXT,
    PRIMARY KEY (flow_id, screen_id, position),
    FOREIGN KEY (flow_id, screen_id) REFERENCES screen(flow_id, id),
    FOREIGN KEY (flow_id, screen_id, widget_id) REFERENCES widget(flow_id, screen_id, id),
    FOREIGN KEY (flow_id, goto_screen) REFERENCES screen(flow_id, id),
    FOREIGN KEY (flow_id, otherwise_screen) REFERENCES screen(flow_id, id)
) STRICT;

-- Folded step text in every locale (each falling back to Danish), for search.
CREATE VIRTUAL TABLE search USING fts5(
    locale UNINDEXED,
    guide_id UNINDEXED,
    step_position UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
