create table surveys (
    id                 uuid primary key,
    mission_id         text        not null,
    title              text        not null,
    intro              text        not null default '',
    -- Who is asked: mission roles and stakeholder types, each empty for "all".
    audience_roles     text        not null default '',
    audience_types     text        not null default '',
    schedule           text        not null check (schedule in ('ONCE', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    starts_at          timestamptz not null,
    window_days        integer     not null check (window_days between 1 and 14),
    created_by         text        not null,
    created_at         timestamptz not null
);
create index surveys_by_mission on surveys (mission_id, created_at desc);

create table survey_questions (
    id        uuid primary key,
    survey_id uuid    not null references surveys (id),
    position  integer not null,
    kind      text    not null check (kind in ('SCALE_5', 'ENPS', 'SINGLE', 'MULTI', 'TEXT')),
    prompt    text    not null,
    -- One option a line, for SINGLE and MULTI.
    options   text    not null default '',
    unique (survey_id, position)
);

-- Who answered which round: so that each person answers once. Nothing here says what they answered,
-- and no time is kept that could match an answer.
create table survey_respondents (
    survey_id uuid    not null references surveys (id),
    round     integer not null,
    user_id   text    not null,
    primary key (survey_id, round, user_id)
);

-- What was answered, with no person and no time: one row a number, a chosen option or a text.
create table survey_answers (
    id          uuid primary key,
    survey_id   uuid    not null references surveys (id),
    round       integer not null,
    question_id uuid    not null references survey_questions (id),
    number      integer,
    choice      text,
    text        text
);
create index survey_answers_by_round on survey_answers (survey_id, round, question_id);
